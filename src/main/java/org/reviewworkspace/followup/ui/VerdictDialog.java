package org.reviewworkspace.followup.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.followup.FollowUpService;
import org.reviewworkspace.followup.VerdictForm;
import org.reviewworkspace.followup.Verdict;
import org.reviewworkspace.followup.VerificationItem;

/**
 * Records what the delegation found about one earlier recommendation: a verdict and the evidence
 * for it. The form is checked as it is filled in and again by the service; what was typed stays
 * when the service refuses (a verdict recorded meanwhile by someone else, say).
 */
public class VerdictDialog extends Dialog {

    final RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>("What did the delegation find?");
    final TextArea evidence = new TextArea("Evidence");
    final Button save = new Button("Record verdict");
    private final VerdictForm form = new VerdictForm();

    VerdictDialog(FollowUpService service, VerificationItem item, Consumer<VerificationItem> saved) {
        setHeaderTitle("Verify a recommendation of " + item.item().sourceReference());
        setId("verdict-dialog");
        setWidth("min(40rem, 95vw)");
        verdict.setId("verdict");
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(Verdict::label);
        verdict.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        evidence.setId("verdict-evidence");
        evidence.setWidthFull();
        evidence.setMinHeight("8rem");
        evidence.setMaxLength(FollowUpService.MAX_TEXT);
        evidence.setHelperText("What you saw, read or were told that supports the verdict: documents, visits, "
                + "people met.");

        BeanValidationBinder<VerdictForm> binder = new BeanValidationBinder<>(VerdictForm.class);
        binder.forField(verdict).bind("verdict");
        binder.forField(evidence).bind("evidence");
        form.setVerdict(item.verdict());
        form.setEvidence(item.evidence());
        binder.setBean(form);

        save.setId("verdict-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            VerificationItem[] result = new VerificationItem[1];
            if (Actions.run(() -> result[0] = service.recordVerdict(item.id(), form, item.version()),
                    "Verdict recorded", this::field)) {
                close();
                saved.accept(result[0]);
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("verdict-cancel");

        Paragraph statement = new Paragraph(item.item().institution() + ": " + item.item().statement());
        add(statement, verdict, evidence);
        getFooter().add(cancel, save);
    }

    private HasValidation field(String name) {
        return switch (name) {
            case "verdict" -> verdict;
            case "evidence" -> evidence;
            default -> null;
        };
    }
}
