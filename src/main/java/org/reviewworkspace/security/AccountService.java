package org.reviewworkspace.security;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.DomainException;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.base.Times;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: administrators list, create, edit, disable, enable and unlock them and reset
 * passwords; every signed-in user changes their own password. At start-up it creates the demo
 * users and the initial admin. Every command checks the role here, validates, and records its
 * audit event in its own transaction.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    /** What the users list may be sorted by, as the grid names it → entity property. */
    private static final Map<String, String> SORT = Map.of("username", "username", "displayName", "displayName",
            "email", "email", "enabled", "enabled", "lockedUntil", "lockedUntil");
    private static final String TEMPORARY_PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int TEMPORARY_PASSWORD_LENGTH = 16;

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Validator validator;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountService(AppUserRepository users, PasswordEncoder passwords, PasswordPolicy policy, CurrentUser currentUser,
                   AuditService audit, Validator validator, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.policy = policy;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
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
    public boolean anyAdmin() {
        return !users.findEnabledByRole(Role.ADMIN).isEmpty();
    }

    // --- administration (ADMIN only) ---

    /**
     * A page of the accounts whose username, name or e-mail contains {@code search} (any case;
     * blank for all), sorted as {@code pageable} says (by username when it says nothing).
     */
    public List<UserAccount> users(String search, Pageable pageable) {
        requireAdmin();
        Instant now = clock.instant();
        return users.search(pattern(search), sorted(pageable)).map(user -> UserAccount.of(user, now)).toList();
    }

    /** How many accounts {@link #users} finds for {@code search}. */
    public long countUsers(String search) {
        requireAdmin();
        return users.countSearch(pattern(search));
    }

    /** One account as it is now, e.g. to reload a form after a conflict. */
    public UserAccount user(long id) {
        requireAdmin();
        return UserAccount.of(find(id), clock.instant());
    }

    /**
     * Creates an account with the roles and the initial password of {@code form}; its owner must
     * choose a new password at the first sign-in.
     */
    @Transactional
    public UserAccount create(UserForm form) {
        String actor = requireAdmin();
        InvalidInputException.Collector errors = validate(form);
        String username = form.getUsername() == null ? "" : form.getUsername().trim();
        errors.rejectIf(users.existsByUsername(username), "username", "There is already an account " + username);
        policy.problem(username, form.getPassword()).ifPresent(problem -> errors.reject("password", problem));
        errors.throwIfAny();
        String hash = passwords.encode(form.getPassword());
        AppUser user = new AppUser(username, form.getDisplayName().trim(), blankToNull(form.getEmail()), hash,
                form.getRoles());
        user.setTemporaryPassword(hash);
        user.changedBy(actor, clock.instant());
        AppUser saved = users.saveAndFlush(user);
        audit.record(AuditEntry.of(actor, "user.created", null, "AppUser", username,
                who(actor) + " created the account " + username + " (" + saved.getDisplayName() + ") with roles "
                        + orNone(AppUser.roleNames(saved.getRoles()))).withDetail(null, saved.describe()));
        return UserAccount.of(saved, clock.instant());
    }

    /**
     * Changes an account's display name, e-mail and roles. The last enabled administrator keeps
     * the ADMIN role. A role taken away counts from its user's next request.
     */
    @Transactional
    public UserAccount update(long id, UserForm form, long version) {
        String actor = requireAdmin();
        AppUser user = find(id);
        requireUnchanged(user, version);
        InvalidInputException.Collector errors = validate(form);
        if (user.hasRole(Role.ADMIN) && !form.getRoles().contains(Role.ADMIN) && user.isEnabled()
                && users.lockEnabledByRole(Role.ADMIN).size() <= 1) {
            errors.reject("roles", user.getUsername() + " is the last enabled administrator and keeps the ADMIN "
                    + "role; give it to another account first");
        }
        errors.throwIfAny();
        String before = user.describe();
        Set<Role> rolesBefore = user.getRoles();
        user.changeProfile(form.getDisplayName().trim(), blankToNull(form.getEmail()));
        user.changeRoles(form.getRoles());
        if (before.equals(user.describe())) {
            return UserAccount.of(user, clock.instant());
        }
        user.changedBy(actor, clock.instant());
        AppUser saved = users.saveAndFlush(user);
        if (!rolesBefore.equals(saved.getRoles())) {
            audit.record(AuditEntry.of(actor, "user.roles-changed", null, "AppUser", saved.getUsername(),
                    who(actor) + " changed the roles of " + saved.getUsername() + " from "
                            + orNone(AppUser.roleNames(rolesBefore)) + " to "
                            + orNone(AppUser.roleNames(saved.getRoles())))
                    .withDetail(AppUser.roleNames(rolesBefore), AppUser.roleNames(saved.getRoles())));
        }
        String after = saved.describe();
        if (!withoutRoles(before).equals(withoutRoles(after))) {
            audit.record(AuditEntry.of(actor, "user.updated", null, "AppUser", saved.getUsername(),
                    who(actor) + " changed the name or e-mail of " + saved.getUsername()).withDetail(before, after));
        }
        return UserAccount.of(saved, clock.instant());
    }

    /**
     * Disables an account: its user is signed out at their next request and cannot sign in. An
     * administrator cannot disable themselves, nor the last enabled administrator.
     */
    @Transactional
    public UserAccount disable(long id, long version) {
        String actor = requireAdmin();
        AppUser user = find(id);
        requireUnchanged(user, version);
        if (user.getUsername().equals(actor)) {
            throw new DomainException("You cannot disable your own account.");
        }
        if (user.hasRole(Role.ADMIN) && user.isEnabled() && users.lockEnabledByRole(Role.ADMIN).size() <= 1) {
            throw new DomainException(user.getUsername() + " is the last enabled administrator and cannot be "
                    + "disabled.");
        }
        return setEnabled(actor, user, false);
    }

    /** Enables a disabled account again. */
    @Transactional
    public UserAccount enable(long id, long version) {
        String actor = requireAdmin();
        AppUser user = find(id);
        requireUnchanged(user, version);
        return setEnabled(actor, user, true);
    }

    /**
     * Gives the account a new temporary password, which its owner must replace at the next
     * sign-in, and lifts a lock; returns the password, to be handed over once.
     */
    @Transactional
    public String resetPassword(long id, long version) {
        String actor = requireAdmin();
        AppUser user = find(id);
        requireUnchanged(user, version);
        String password = temporaryPassword(user.getUsername());
        user.setTemporaryPassword(passwords.encode(password));
        user.unlock();
        user.changedBy(actor, clock.instant());
        users.saveAndFlush(user);
        audit.record(AuditEntry.of(actor, "user.password-reset", null, "AppUser", user.getUsername(),
                who(actor) + " reset the password of " + user.getUsername()
                        + "; a new one must be chosen at the next sign-in"));
        return password;
    }

    /** Lifts a lock after failed sign-ins before it runs out. */
    @Transactional
    public UserAccount unlock(long id, long version) {
        String actor = requireAdmin();
        AppUser user = find(id);
        requireUnchanged(user, version);
        Instant until = user.getLockedUntil();
        user.unlock();
        user.changedBy(actor, clock.instant());
        AppUser saved = users.saveAndFlush(user);
        audit.record(AuditEntry.of(actor, "user.unlocked", null, "AppUser", user.getUsername(),
                who(actor) + " unlocked the account " + user.getUsername()
                        + (until != null && until.isAfter(clock.instant()) ? " (locked until "
                        + Times.dateTime(until) + ")" : "")));
        return UserAccount.of(saved, clock.instant());
    }

    // --- the signed-in user's own password ---

    /** Whether the signed-in user must choose a new password before doing anything else. */
    public boolean mustChangePassword() {
        return currentUser.signedIn().flatMap(users::findByUsername).map(AppUser::isMustChangePassword)
                .orElse(false);
    }

    /**
     * Replaces the signed-in user's password after checking the current one; the new one must
     * follow {@link PasswordPolicy}, match its repetition and differ from the current one. Field
     * errors are named {@code current}, {@code new} and {@code repeat}.
     */
    @Transactional
    public void changeOwnPassword(String current, String newPassword, String repeat) {
        String actor = currentUser.username();
        AppUser user = users.findByUsername(actor).orElseThrow(() -> new NotFoundException("Your account is gone."));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.rejectIf(current == null || !passwords.matches(current, user.getPasswordHash()), "current",
                "This is not your current password");
        policy.problem(actor, newPassword).ifPresent(problem -> errors.reject("new", problem));
        errors.rejectIf(newPassword != null && newPassword.equals(current), "new",
                "Choose a password other than the current one");
        errors.rejectIf(newPassword != null && !newPassword.equals(repeat), "repeat",
                "The two new passwords differ");
        errors.throwIfAny();
        boolean wasTemporary = user.isMustChangePassword();
        user.setOwnPassword(passwords.encode(newPassword));
        user.changedBy(actor, clock.instant());
        users.saveAndFlush(user);
        audit.record(AuditEntry.of(actor, "user.password-changed", null, "AppUser", actor,
                who(actor) + (wasTemporary ? " replaced the temporary password" : " changed their password")));
        restoreRoles(user);
    }

    /*
     * While a temporary password stands, CurrentAuthorities gives the session no role; once it is
     * replaced the rest of this request may use the account's roles (the next request gets them
     * from the filter anyway), so the user lands on the inbox with their tasks at once.
     */
    private static void restoreRoles(AppUser user) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        Authentication signedIn = holder.getContext().getAuthentication();
        if (signedIn == null) {
            return;
        }
        UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(
                signedIn.getPrincipal(), null, user.getRoles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        updated.setDetails(signedIn.getDetails());
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(updated);
        holder.setContext(context);
    }

    private UserAccount setEnabled(String actor, AppUser user, boolean enabled) {
        if (user.isEnabled() == enabled) {
            return UserAccount.of(user, clock.instant());
        }
        String before = user.describe();
        user.setEnabled(enabled);
        user.changedBy(actor, clock.instant());
        AppUser saved = users.saveAndFlush(user);
        audit.record(AuditEntry.of(actor, enabled ? "user.enabled" : "user.disabled", null, "AppUser",
                user.getUsername(), who(actor) + (enabled ? " enabled" : " disabled") + " the account "
                        + user.getUsername()).withDetail(before, saved.describe()));
        return UserAccount.of(saved, clock.instant());
    }

    private String requireAdmin() {
        return currentUser.require(Capability.MANAGE_USERS);
    }

    private AppUser find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("There is no such account."));
    }

    private void requireUnchanged(AppUser user, long loaded) {
        if (user.getVersion() == loaded) {
            return;
        }
        String by = user.getLastChangedBy() == null ? "someone else" : who(user.getLastChangedBy());
        String when = user.getLastChangedAt() == null ? "" : " (" + Times.dateTime(user.getLastChangedAt()) + ")";
        throw new StaleDataException("The account " + user.getUsername() + " was changed by " + by + " meanwhile"
                + when + ". Your input is still in the form; reload to see their version.");
    }

    private InvalidInputException.Collector validate(UserForm form) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        validator.validate(form).stream()
                .sorted(Comparator.comparing((ConstraintViolation<UserForm> v) -> v.getPropertyPath().toString()))
                .forEach(v -> errors.reject(v.getPropertyPath().toString(), v.getMessage()));
        errors.rejectIf(form.getRoles() == null || form.getRoles().isEmpty(), "roles", "Choose at least one role");
        return errors;
    }

    private String temporaryPassword(String username) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < TEMPORARY_PASSWORD_LENGTH; i++) {
                password.append(TEMPORARY_PASSWORD_ALPHABET.charAt(random.nextInt(TEMPORARY_PASSWORD_ALPHABET.length())));
            }
            if (policy.problem(username, password.toString()).isEmpty()) {
                return password.toString();
            }
        }
    }

    private String who(String username) {
        return users.findByUsername(username).map(AppUser::getDisplayName).orElse(username);
    }

    private static Pageable sorted(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream()
                .filter(order -> SORT.containsKey(order.getProperty()))
                .map(order -> order.withProperty(SORT.get(order.getProperty())))
                .toList());
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                sort.and(Sort.by("username")));
    }

    private static String pattern(String search) {
        // a % or _ typed into the search widens it a little; it finds nothing the admin may not see
        return "%" + (search == null ? "" : search.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    private static String withoutRoles(String description) {
        return description.replaceAll("(?m)^roles=.*$", "");
    }

    private static String orNone(String roles) {
        return roles.isEmpty() ? "none" : roles;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The roles an administrator can give, in the order the screen offers them. */
    public Set<Role> roles() {
        return EnumSet.allOf(Role.class);
    }
}
