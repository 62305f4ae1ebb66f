package org.reviewworkspace.followup.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.followup.FollowUpEdit;
import org.reviewworkspace.followup.FollowUpHistoryEntry;
import org.reviewworkspace.followup.FollowUpItem;
import org.reviewworkspace.followup.FollowUpService;
import org.reviewworkspace.followup.FollowUpStatus;

/**
 * One follow-up item: the recommendation, its history oldest first (verdicts name their review)
 * and, for coordinators, the update between reviews with the reason for it.
 */
public class FollowUpItemDialog extends Dialog {

    final Select<FollowUpStatus> status = new Select<>();
    final TextField owner = new TextField("Owner");
    final DatePicker targetDate = new DatePicker("Target date");
    final TextArea note = new TextArea("What changed");
    final Button save = new Button("Save update");

    FollowUpItemDialog(FollowUpService service, FollowUpItem item, Consumer<FollowUpItem> saved) {
        setHeaderTitle("Follow-up of " + item.sourceReference() + " \u00b7 " + item.institution());
        setId("follow-up-dialog");
        setWidth("min(44rem, 95vw)");
        Paragraph statement = new Paragraph(item.statement());
        statement.setId("follow-up-statement");
        add(statement, FollowUpsView.badge(item.status()));

        UnorderedList history = new UnorderedList();
        history.setId("follow-up-history");
        for (FollowUpHistoryEntry entry : service.history(item.id())) {
            Span when = new Span(Times.dateTime(entry.changedAt()) + " \u00b7 " + entry.changedBy()
                    + (entry.reviewReference() == null ? "" : " \u00b7 " + entry.reviewReference()));
            when.addClassName("hint");
            history.add(new ListItem(when, new Span(" " + entry.status().label()
                    + (entry.note() == null ? "" : ": " + entry.note()))));
        }
        add(new H3("History"), history);

        Button close = new Button("Close", e -> close());
        close.setId("follow-up-close");
        getFooter().add(close);
        if (service.mayUpdate()) {
            add(new H3("Update between reviews"), updateForm(service, item, saved));
            getFooter().add(save);
        }
    }

    private FormLayout updateForm(FollowUpService service, FollowUpItem item, Consumer<FollowUpItem> saved) {
        status.setLabel("Status");
        status.setId("follow-up-status");
        status.setItems(FollowUpStatus.values());
        status.setItemLabelGenerator(FollowUpStatus::label);
        owner.setId("follow-up-owner");
        owner.setMaxLength(FollowUpService.MAX_OWNER);
        targetDate.setId("follow-up-target-date");
        note.setId("follow-up-note");
        note.setMaxLength(FollowUpService.MAX_TEXT);
        note.setHelperText("E.g. the partner's progress report of March; kept in the item's history.");
        FollowUpEdit edit = FollowUpEdit.of(item);
        BeanValidationBinder<FollowUpEdit> binder = new BeanValidationBinder<>(FollowUpEdit.class);
        binder.forField(status).bind("status");
        binder.forField(owner).bind("owner");
        binder.forField(targetDate).bind("targetDate");
        binder.forField(note).bind("note");
        binder.setBean(edit);
        save.setId("follow-up-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            FollowUpItem[] result = new FollowUpItem[1];
            if (Actions.run(() -> result[0] = service.updateFollowUp(item.id(), edit, item.version()),
                    "Follow-up updated", this::field)) {
                close();
                saved.accept(result[0]);
            }
        });
        FormLayout form = new FormLayout(status, owner, targetDate, note);
        form.setColspan(note, 2);
        return form;
    }

    private HasValidation field(String name) {
        return switch (name) {
            case "status" -> status;
            case "owner" -> owner;
            case "targetDate" -> targetDate;
            case "note" -> note;
            default -> null;
        };
    }
}
