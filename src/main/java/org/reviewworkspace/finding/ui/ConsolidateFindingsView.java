package org.reviewworkspace.finding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.base.ui.TaskFormView;
import org.reviewworkspace.finding.ConsolidationDraft;
import org.reviewworkspace.finding.FindingEdit;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.Priority;
import org.reviewworkspace.partnership.InstitutionSummary;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.workflow.ReviewProcess;

/**
 * "Consolidate findings": every draft finding of every assessment in one list, to edit,
 * reclassify, withdraw or complete with cross-cutting findings before sign-off.
 */
@Route("tasks/" + ReviewProcess.CONSOLIDATE_FINDINGS + "/:taskId")
@PageTitle("Consolidate findings · Review Workspace")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ASSESSOR})
public class ConsolidateFindingsView extends TaskFormView {

    /** Stands for "no institution" in the institution choice. */
    private static final InstitutionSummary CROSS_CUTTING = new InstitutionSummary(null, null, "Cross-cutting",
            "applies to the whole partnership");

    final FindingService findings;
    final VerticalLayout rows = new VerticalLayout();
    private final List<TextArea> statements = new ArrayList<>();
    private List<FindingEdit> edits;
    private List<InstitutionSummary> institutions;

    public ConsolidateFindingsView(FindingService findings) {
        this.findings = findings;
    }

    @Override
    protected void openTask(String taskId) {
        ConsolidationDraft draft = findings.openConsolidation(taskId);
        edits = new ArrayList<>(draft.findings());
        institutions = new ArrayList<>();
        institutions.add(CROSS_CUTTING);
        institutions.addAll(draft.institutions());
        add(new H2("Consolidate findings"), new Paragraph(ReviewRoutes.link(draft.referenceCode(), draft.reviewTitle())));
        if (draft.requestedChanges() != null) {
            Div requested = new Div(new Span(draft.requestedChanges()));
            requested.setId("consolidation-requested-changes");
            requested.addClassName("card");
            add(requested);
        }
        add(new Paragraph("Edit the findings the assessors raised, withdraw duplicates, and add cross-cutting "
                + "findings. The set you complete goes to the approver."));
        rows.setPadding(false);
        Map<Long, InstitutionSummary> byId = draft.institutions().stream()
                .collect(Collectors.toMap(InstitutionSummary::id, Function.identity()));
        edits.forEach(edit -> addRow(edit, byId));
        Button add = new Button("Add finding", e -> {
            FindingEdit edit = new FindingEdit();
            edit.setRaisedBy("you");
            edits.add(edit);
            addRow(edit, byId);
        });
        add.setId("consolidation-add-finding");
        Button save = new Button("Save", e -> Actions.run(() -> findings.saveConsolidation(taskId, edits),
                "Findings saved", this::field));
        save.setId("consolidation-save");
        Button complete = new Button("Send for sign-off", e -> {
            if (Actions.run(() -> findings.completeConsolidation(taskId, edits), "Findings sent for sign-off",
                    this::field)) {
                backToInbox();
            }
        });
        complete.setId("consolidation-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(rows, add, new HorizontalLayout(save, complete));
    }

    private void addRow(FindingEdit edit, Map<Long, InstitutionSummary> byId) {
        int index = statements.size();
        ComboBox<InstitutionSummary> institution = new ComboBox<>("Institution");
        institution.setItems(institutions);
        institution.setItemLabelGenerator(InstitutionSummary::acronym);
        institution.setValue(edit.getInstitutionId() == null ? CROSS_CUTTING : byId.get(edit.getInstitutionId()));
        institution.addValueChangeListener(e -> edit.setInstitutionId(e.getValue() == null ? null : e.getValue().id()));
        institution.setWidth("10em");
        Select<FindingType> type = new Select<>();
        type.setLabel("Type");
        type.setItems(FindingType.values());
        type.setItemLabelGenerator(FindingType::label);
        type.setValue(edit.getType());
        type.addValueChangeListener(e -> edit.setType(e.getValue()));
        Select<Priority> priority = new Select<>();
        priority.setLabel("Priority");
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Priority::label);
        priority.setValue(edit.getPriority());
        priority.addValueChangeListener(e -> edit.setPriority(e.getValue()));
        TextArea statement = new TextArea("Statement (raised by " + edit.getRaisedBy() + ")");
        statement.setId("consolidation-statement-" + index);
        statement.setValue(edit.getStatement());
        statement.addValueChangeListener(e -> edit.setStatement(e.getValue()));
        statements.add(statement);
        Checkbox withdrawn = new Checkbox("Withdraw", edit.isWithdrawn());
        withdrawn.addValueChangeListener(e -> edit.setWithdrawn(e.getValue()));
        HorizontalLayout row = new HorizontalLayout(institution, type, priority, statement, withdrawn);
        row.setWidthFull();
        row.setFlexGrow(1, statement);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        rows.add(row);
    }

    private HasValidation field(String name) {
        if (name.startsWith("finding.")) {
            return statements.get(Integer.parseInt(name.substring("finding.".length())));
        }
        return null;
    }
}
