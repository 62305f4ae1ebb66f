package org.reviewworkspace.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.security.UserSummary;

/**
 * Hands a task I hold to someone else, or, as the review's coordinator, reassigns any of its
 * tasks. Only the people the service says may take the task are offered.
 */
class AssigneeDialog extends Dialog {

    final ComboBox<UserSummary> to = new ComboBox<>("Give it to");

    AssigneeDialog(InboxService inbox, InboxItem item, boolean asCoordinator, Runnable done) {
        List<UserSummary> eligible = inbox.eligibleAssignees(item.taskId());
        setHeaderTitle((asCoordinator ? "Reassign \u201c" : "Hand over \u201c") + item.taskName() + "\u201d");
        to.setId("assignee-to");
        to.setItems(eligible);
        to.setItemLabelGenerator(UserSummary::displayName);
        to.setWidthFull();
        to.setRequiredIndicatorVisible(true);
        Button cancel = new Button("Cancel", e -> close());
        Button confirm = new Button(asCoordinator ? "Reassign" : "Hand over");
        confirm.setId("assignee-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            UserSummary chosen = to.getValue();
            String username = chosen == null ? null : chosen.username();
            boolean done1 = asCoordinator && username == null
                    ? Actions.run(() -> inbox.reassign(item.taskId(), null),
                            "\u201c" + item.taskName() + "\u201d is offered to everyone again")
                    : Actions.run(() -> {
                        if (asCoordinator) {
                            inbox.reassign(item.taskId(), username);
                        } else {
                            inbox.handOver(item.taskId(), username);
                        }
                    }, chosen == null ? null : chosen.displayName() + " now holds \u201c" + item.taskName() + "\u201d",
                            field -> to);
            if (done1) {
                close();
                done.run();
            }
        });
        if (eligible.isEmpty()) {
            add(new Paragraph("Nobody else may take this task: the review's plan gives it to one person. "
                    + "To give an assessment to someone else, change the visit plan."));
            confirm.setEnabled(false);
        } else {
            add(to);
            if (asCoordinator && item.shared()) {
                to.setRequiredIndicatorVisible(false);
                to.setHelperText("Leave empty to offer it to everyone it is offered to again");
            }
        }
        getFooter().add(cancel, confirm);
    }
}
