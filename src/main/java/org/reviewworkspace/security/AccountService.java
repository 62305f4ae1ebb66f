package org.reviewworkspace.security;

import java.util.Set;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts; used at start-up for the demo users and the initial admin. */
@Service
public class AccountService {

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final AuditService audit;

    AccountService(AppUserRepository users, PasswordEncoder passwords, AuditService audit) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** Creates the account unless a user of that name exists; returns whether it was created. */
    @Transactional
    public boolean createIfAbsent(String username, String displayName, String email, String rawPassword,
                                  Set<Role> roles) {
        if (users.findByUsername(username).isPresent()) {
            return false;
        }
        users.save(new AppUser(username, displayName, email, passwords.encode(rawPassword), roles));
        audit.record(AuditEntry.of(AuditEntry.SYSTEM, "user.created", null, "AppUser", username,
                "Account " + username + " (" + displayName + ") created with roles " + roles));
        return true;
    }

    /** Whether any account holds the ADMIN role. */
    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return !users.findEnabledByRole(Role.ADMIN).isEmpty();
    }
}
