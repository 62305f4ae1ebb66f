package org.reviewworkspace.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.reviewworkspace.security.AccountService;
import org.springframework.stereotype.Component;

/**
 * Sends a user whose password an administrator set to {@link ChangePasswordView} from every
 * route until they have chosen their own. That is the screens; the session itself holds no role
 * meanwhile (see {@code CurrentAuthorities}), so services refuse whatever a role would allow and
 * non-Vaadin addresses (report and evidence downloads, the actuator) refuse too.
 */
@Component
class ChangePasswordGuard implements VaadinServiceInitListener {

    private final AccountService accounts;

    ChangePasswordGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class || event.isErrorEvent()) {
            return;
        }
        if (accounts.mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
