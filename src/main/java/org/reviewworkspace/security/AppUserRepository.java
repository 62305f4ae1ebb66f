package org.reviewworkspace.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    @Query("select u from AppUser u join u.roles r where r = :role and u.enabled = true order by u.displayName")
    List<AppUser> findEnabledByRole(Role role);
}
