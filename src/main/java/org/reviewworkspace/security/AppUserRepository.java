package org.reviewworkspace.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    @Query("select u from AppUser u join u.roles r where r = :role and u.enabled = true order by u.displayName")
    List<AppUser> findEnabledByRole(Role role);

    /**
     * The enabled holders of {@code role}, locked until the transaction ends: two administrators
     * disabling or demoting the last two admins at the same moment are serialised, so the second
     * sees that only one is left.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u join u.roles r where r = :role and u.enabled = true")
    List<AppUser> lockEnabledByRole(Role role);

    /** Users whose username, display name or e-mail contains {@code pattern} (lower case, with {@code %}). */
    @Query("select u from AppUser u where lower(u.username) like :pattern or lower(u.displayName) like :pattern "
            + "or lower(coalesce(u.email, '')) like :pattern")
    Page<AppUser> search(String pattern, Pageable pageable);

    @Query("select count(u) from AppUser u where lower(u.username) like :pattern "
            + "or lower(u.displayName) like :pattern or lower(coalesce(u.email, '')) like :pattern")
    long countSearch(String pattern);

    /*
     * Failed sign-ins are counted in the database, not read-modify-written: two wrong passwords at
     * once both count (the row lock of the first update makes the second wait), and the version
     * stays, so an administrator's open edit is not made stale by someone mistyping.
     */

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.failedLogins = u.failedLogins + 1 where u.username = :username")
    int countFailedLogin(String username);

    @Query("select u.failedLogins from AppUser u where u.username = :username")
    Optional<Integer> failedLogins(String username);

    /** Locks the account once the count reaches {@code max}; returns 1 if this call locked it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.lockedUntil = :until, u.failedLogins = 0 "
            + "where u.username = :username and u.failedLogins >= :max")
    int lockIfReached(String username, int max, Instant until);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.failedLogins = 0 where u.username = :username and u.failedLogins <> 0")
    int resetFailedLogins(String username);
}
