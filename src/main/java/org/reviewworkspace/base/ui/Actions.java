package org.reviewworkspace.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import java.util.function.Function;
import org.reviewworkspace.base.InvalidInputException;

/**
 * Runs a user's action against a service and tells them the outcome: success as a
 * notification, field errors beside their fields, refusals as an error notification. The
 * form keeps what the user typed either way.
 */
public final class Actions {

    private Actions() {
    }

    /**
     * Runs {@code action}; returns whether it succeeded. {@code fields} finds the component of a
     * field name the service reported, or returns {@code null} to show the message as a notification.
     */
    public static boolean run(Runnable action, String success, Function<String, HasValidation> fields) {
        try {
            action.run();
            if (success != null) {
                Notification.show(success, 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            return true;
        } catch (InvalidInputException e) {
            StringBuilder unplaced = new StringBuilder();
            for (Map.Entry<String, String> error : e.fieldErrors().entrySet()) {
                HasValidation field = fields.apply(error.getKey());
                if (field != null) {
                    field.setErrorMessage(error.getValue());
                    field.setInvalid(true);
                } else {
                    unplaced.append(error.getValue()).append(". ");
                }
            }
            ErrorHandling.show(unplaced.isEmpty() ? "Please correct the marked fields." : unplaced.toString().trim());
            return false;
        } catch (RuntimeException e) {
            ErrorHandling.show(ErrorHandling.describe(e));
            return false;
        }
    }

    /** Like {@link #run(Runnable, String, Function)} for actions without field errors. */
    public static boolean run(Runnable action, String success) {
        return run(action, success, name -> null);
    }
}
