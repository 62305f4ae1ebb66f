package org.reviewworkspace.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.reviewworkspace.base.AccessRefused;
import org.reviewworkspace.base.DomainException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.StaleDataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns every exception that reaches the UI into a notification a person understands. Domain
 * refusals show their own message; anything else shows a reference that is also in the log.
 */
@Component
public class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final ApplicationEventPublisher events;

    ErrorHandling(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> show(message));
        }
    }

    /** The message for {@code error}, logging and auditing what needs it; shared by views and the session handler. */
    public String messageFor(Throwable error) {
        DomainException domain = find(error, DomainException.class);
        if (domain != null) {
            if (domain instanceof NotAllowedException) {
                auditRefusal(domain.getMessage());
            }
            return domain.getMessage();
        }
        if (find(error, OptimisticLockingFailureException.class) != null) {
            return new StaleDataException("Someone else saved this meanwhile. Your input is still in the form; "
                    + "reload to see their version.").getMessage();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, error);
        return "Something went wrong on our side. Nothing was saved. If it happens again, quote reference "
                + reference + ".";
    }

    /**
     * What to tell the user about {@code error}, through the application's handler when a Vaadin
     * service is running (so refusals are audited and unexpected errors logged with a reference).
     */
    public static String describe(Throwable error) {
        VaadinService service = VaadinService.getCurrent();
        return service == null ? error.getMessage()
                : service.getInstantiator().getOrCreate(ErrorHandling.class).messageFor(error);
    }

    /** Shows {@code message} as an error notification. */
    public static void show(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("error-notification");
    }

    private void auditRefusal(String message) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return;
        }
        try {
            events.publishEvent(new AccessRefused(authentication.getName(), message));
        } catch (RuntimeException e) {
            log.warn("Could not audit a refusal", e);
        }
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
