package org.reviewworkspace.security;

import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production nobody can sign in until an admin exists: the first start takes the admin's
 * password from {@code REVIEW_INITIAL_ADMIN_PASSWORD} and refuses to start without it.
 */
@Component
@Profile("prod")
@Order(0)
class InitialAdmin implements ApplicationRunner {

    private final AccountService accounts;
    private final String password;

    InitialAdmin(AccountService accounts, @Value("${review.initial-admin-password:}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        if (password.isBlank() || password.length() < 12) {
            throw new IllegalStateException("No admin account exists. Set REVIEW_INITIAL_ADMIN_PASSWORD "
                    + "(12 characters or more) to create the account 'admin' on first start.");
        }
        accounts.createIfAbsent("admin", "Administrator", null, password, Set.of(Role.ADMIN));
    }
}
