package org.reviewworkspace.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import org.reviewworkspace.base.AccessRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts a signed-in user's attempt to open a page their roles do not allow into the audit trail
 * (DESIGN.md §6.2). Vaadin's navigation access control shows them "not found" and tells nobody;
 * this listener asks the same access control about the same navigation, so the two never
 * disagree. It only observes: it runs before the access control (application listeners are
 * registered before Vaadin's own) and never changes where the navigation goes. Anonymous visitors
 * are sent to the login page, which is not a refusal.
 */
@Component
class RefusedNavigationAuditor implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(RefusedNavigationAuditor.class);

    private final NavigationAccessControl accessControl;
    private final ApplicationEventPublisher events;

    RefusedNavigationAuditor(NavigationAccessControl accessControl, ApplicationEventPublisher events) {
        this.accessControl = accessControl;
        this.events = events;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Class<?> target = event.getNavigationTarget();
        if (!accessControl.isEnabled() || request == null || HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        String path = event.getLocation().getPath();
        NavigationContext context = accessControl.createNavigationContext(target, path,
                request.getService(), request);
        if (context.getPrincipal() == null || accessControl.checkAccess(context, false).decision()
                == AccessCheckDecision.ALLOW) {
            return;
        }
        try {
            events.publishEvent(new AccessRefused(context.getPrincipal().getName(),
                    "the page /" + path + " is not open to their roles"));
        } catch (RuntimeException e) {
            log.warn("Could not audit a refused page", e);
        }
    }
}
