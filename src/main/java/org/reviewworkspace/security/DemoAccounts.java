package org.reviewworkspace.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo users of DESIGN.md §1, named by role. They exist only in the {@code demo} profile;
 * elsewhere {@link #list()} is empty and nothing is created.
 */
@Component
public class DemoAccounts {

    /** A demo user as the login page lists it. */
    public record DemoAccount(String username, String displayName, String roles) {
    }

    private record Spec(String username, String displayName, Set<Role> roles) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("coordinator", "Review coordinator", Set.of(Role.COORDINATOR)),
            new Spec("lead", "Delegation lead", Set.of(Role.ASSESSOR)),
            new Spec("assessor1", "Task-force member 1", Set.of(Role.ASSESSOR)),
            new Spec("assessor2", "Task-force member 2", Set.of(Role.ASSESSOR)),
            new Spec("assessor3", "Task-force member 3", Set.of(Role.ASSESSOR)),
            new Spec("assessor4", "Task-force member 4", Set.of(Role.ASSESSOR)),
            new Spec("approver", "Approver", Set.of(Role.APPROVER)),
            new Spec("observer", "Observer", Set.of(Role.OBSERVER)),
            new Spec("admin", "Administrator", Set.of(Role.ADMIN)));

    private final boolean active;
    private final String password;
    private final AccountService accounts;

    DemoAccounts(Environment environment, AccountService accounts,
                 @Value("${review.demo.password:reviewdemo2025}") String password) {
        this.active = environment.acceptsProfiles(Profiles.of("demo"));
        this.accounts = accounts;
        this.password = password;
    }

    /** The demo users, or nothing outside the demo profile. */
    public List<DemoAccount> list() {
        if (!active) {
            return List.of();
        }
        return SPECS.stream().map(s -> new DemoAccount(s.username(), s.displayName(),
                s.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")))).toList();
    }

    public String password() {
        return password;
    }

    /** Creates the missing demo users; does nothing outside the demo profile. */
    @Transactional
    public void createMissing() {
        if (!active) {
            return;
        }
        for (Spec spec : SPECS) {
            accounts.createIfAbsent(spec.username(), spec.displayName(), spec.username() + "@review.example",
                    password, spec.roles());
        }
    }
}
