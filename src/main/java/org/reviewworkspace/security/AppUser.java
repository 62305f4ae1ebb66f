package org.reviewworkspace.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A person who signs in. Passwords are kept only as BCrypt hashes.
 *
 * <p>Failed sign-ins are counted by update queries that leave the version alone (a mistyped
 * password must not make an administrator's edit stale); {@code @DynamicUpdate} makes an edit
 * write only the columns it changed, so it cannot put back a count or lock it read earlier.
 */
@Entity
@Table(name = "app_user")
@DynamicUpdate
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(unique = true, nullable = false)
    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private boolean enabled = true;
    private int failedLogins;
    private Instant lockedUntil;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean mustChangePassword;
    private String lastChangedBy;
    private Instant lastChangedAt;
    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String email, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    int getFailedLogins() {
        return failedLogins;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    String getLastChangedBy() {
        return lastChangedBy;
    }

    Instant getLastChangedAt() {
        return lastChangedAt;
    }

    long getVersion() {
        return version;
    }

    /** Whether the account is locked at {@code now}. */
    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changeProfile(String newDisplayName, String newEmail) {
        this.displayName = newDisplayName;
        this.email = newEmail;
    }

    void changeRoles(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** A password someone else chose (an administrator): its owner must replace it at the next sign-in. */
    void setTemporaryPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
    }

    /** A password its owner chose. */
    void setOwnPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    void unlock() {
        this.lockedUntil = null;
        this.failedLogins = 0;
    }

    void changedBy(String actor, Instant at) {
        this.lastChangedBy = actor;
        this.lastChangedAt = at;
    }

    /** The account as the audit trail records it before and after a change. */
    String describe() {
        return "username=" + username + "\ndisplayName=" + displayName + "\nemail=" + (email == null ? "" : email)
                + "\nroles=" + roleNames(roles) + "\nenabled=" + enabled;
    }

    static String roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }
}
