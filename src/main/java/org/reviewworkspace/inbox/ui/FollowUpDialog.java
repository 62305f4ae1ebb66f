package org.reviewworkspace.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;

/** Sets or clears the day on which I want to look at a task again; "Follow-up today" finds it then. */
class FollowUpDialog extends Dialog {

    final DatePicker day = new DatePicker("Follow up on");

    FollowUpDialog(InboxService inbox, InboxItem item, Runnable done) {
        setHeaderTitle("Follow up \u201c" + item.taskName() + "\u201d");
        day.setId("follow-up-day");
        day.setMin(LocalDate.now(Times.zone()));
        day.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage("Enter a date such as 2025-09-15")
                .setMinErrorMessage("Choose today or a later day"));
        if (item.followUp() != null) {
            day.setValue(item.followUp().atZone(Times.zone()).toLocalDate());
        }
        Button clear = new Button("Clear", e -> save(inbox, item, null, done));
        clear.setId("follow-up-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setEnabled(item.followUp() != null);
        Button confirm = new Button("Save", e -> {
            if (day.isInvalid() || day.getValue() == null) {
                day.setErrorMessage(day.isInvalid() && day.getErrorMessage() != null ? day.getErrorMessage()
                        : "Choose a day");
                day.setInvalid(true);
                return;
            }
            save(inbox, item, day.getValue(), done);
        });
        confirm.setId("follow-up-save");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(day);
        getFooter().add(clear, new Button("Cancel", e -> close()), confirm);
    }

    private void save(InboxService inbox, InboxItem item, LocalDate value, Runnable done) {
        if (Actions.run(() -> inbox.followUp(item.taskId(), value),
                value == null ? "Follow-up cleared" : "You will find it under \u201cFollow-up today\u201d on "
                        + Times.date(value), field -> day)) {
            close();
            done.run();
        }
    }
}
