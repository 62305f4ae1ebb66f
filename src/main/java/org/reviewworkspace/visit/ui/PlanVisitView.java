package org.reviewworkspace.visit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.base.ui.TaskFormView;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.security.UserSummary;
import org.reviewworkspace.visit.PlanDraft;
import org.reviewworkspace.visit.PlanForm;
import org.reviewworkspace.visit.PlanRules;
import org.reviewworkspace.visit.Slot;
import org.reviewworkspace.visit.VisitService;
import org.reviewworkspace.workflow.ReviewProcess;

/**
 * "Plan visit": the window, the delegation with its lead, and which institution is visited
 * when and by whom. Conflicts are shown while planning; "Complete" starts the assessments.
 */
@Route("tasks/" + ReviewProcess.PLAN_VISIT + "/:taskId")
@PageTitle("Plan visit · Review Workspace")
@RolesAllowed(Role.Names.COORDINATOR)
public class PlanVisitView extends TaskFormView {

    final VisitService visits;
    final DatePicker start = new DatePicker("First day");
    final DatePicker end = new DatePicker("Last day");
    final TextField location = new TextField("Location");
    final MultiSelectComboBox<UserSummary> members = new MultiSelectComboBox<>("Delegation");
    final ComboBox<UserSummary> lead = new ComboBox<>("Lead");
    final Map<String, HasValidation> fields = new HashMap<>();
    private PlanForm form;
    private Set<String> assessorNames;

    public PlanVisitView(VisitService visits) {
        this.visits = visits;
    }

    @Override
    protected void open(String taskId) {
        PlanDraft draft = visits.openPlan(taskId);
        form = draft.form();
        assessorNames = draft.assessors().stream().map(UserSummary::username).collect(Collectors.toSet());
        Map<String, UserSummary> byUsername = draft.assessors().stream()
                .collect(Collectors.toMap(UserSummary::username, Function.identity()));
        add(new H2("Plan visit"), new Paragraph(draft.referenceCode() + " · " + draft.reviewTitle()));

        Binder<PlanForm> binder = new Binder<>(PlanForm.class);
        start.setId("plan-start");
        end.setId("plan-end");
        location.setId("plan-location");
        members.setId("plan-members");
        lead.setId("plan-lead");
        members.setItems(draft.assessors());
        members.setItemLabelGenerator(UserSummary::displayName);
        lead.setItemLabelGenerator(UserSummary::displayName);
        lead.setItems(draft.assessors());
        binder.forField(start).bind(PlanForm::getStartDate, PlanForm::setStartDate);
        binder.forField(end)
                .withValidator(day -> day == null || start.getValue() == null || !day.isBefore(start.getValue()),
                        "The visit cannot end before it starts")
                .bind(PlanForm::getEndDate, PlanForm::setEndDate);
        binder.forField(location).bind(PlanForm::getLocation, PlanForm::setLocation);
        binder.forField(members).bind(
                f -> f.getMembers().stream().map(byUsername::get).filter(u -> u != null).collect(Collectors.toSet()),
                (f, chosen) -> f.setMembers(chosen.stream().map(UserSummary::username).collect(Collectors.toSet())));
        binder.forField(lead).bind(f -> f.getLead() == null ? null : byUsername.get(f.getLead()),
                (f, chosen) -> f.setLead(chosen == null ? null : chosen.username()));
        binder.setBean(form);
        start.addValueChangeListener(e -> binder.validate());
        fields.put("startDate", start);
        fields.put("endDate", end);
        fields.put("location", location);
        fields.put("members", members);
        fields.put("lead", lead);

        FormLayout window = new FormLayout(start, end, location, members, lead);
        window.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(window, new H3("Institutions"), new Paragraph("Tick each institution the delegation visits, when, and "
                + "who assesses it. Every visited institution needs at least one assessor."));
        for (PlanForm.InstitutionVisit visit : form.getInstitutions()) {
            add(row(visit, draft.assessors(), byUsername));
        }

        Button saveDraft = new Button("Save draft", e -> {
            if (binder.validate().isOk()) {
                Actions.run(() -> visits.saveDraft(taskId, form), "Draft saved", this::field);
            }
        });
        saveDraft.setId("plan-save-draft");
        Button complete = new Button("Complete planning", e -> {
            if (binder.validate().isOk() && Actions.run(() -> visits.completePlan(taskId, form),
                    "Visit planned; the assessments have begun", this::field)) {
                backToInbox();
            }
        });
        complete.setId("plan-visit-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(saveDraft, complete));
        binder.addValueChangeListener(e -> showConflicts());
    }

    private HorizontalLayout row(PlanForm.InstitutionVisit visit, List<UserSummary> assessors,
                                 Map<String, UserSummary> byUsername) {
        Checkbox planned = new Checkbox(visit.getLabel(), visit.isPlanned());
        planned.setId("plan-institution-" + visit.getInstitutionId());
        planned.setWidth("18em");
        DatePicker date = new DatePicker("Day", visit.getDate());
        date.setId("plan-date-" + visit.getInstitutionId());
        Select<Slot> slot = new Select<>();
        slot.setLabel("Slot");
        slot.setItems(Slot.values());
        slot.setItemLabelGenerator(Slot::label);
        slot.setValue(visit.getSlot());
        MultiSelectComboBox<UserSummary> who = new MultiSelectComboBox<>("Assessors");
        who.setId("plan-assessors-" + visit.getInstitutionId());
        who.setItems(assessors);
        who.setItemLabelGenerator(UserSummary::displayName);
        who.setValue(visit.getAssessors().stream().map(byUsername::get).filter(u -> u != null).collect(Collectors.toSet()));
        who.setWidth("20em");
        planned.addValueChangeListener(e -> {
            visit.setPlanned(e.getValue());
            showConflicts();
        });
        date.addValueChangeListener(e -> {
            visit.setDate(e.getValue());
            showConflicts();
        });
        slot.addValueChangeListener(e -> {
            visit.setSlot(e.getValue());
            showConflicts();
        });
        who.addValueChangeListener(e -> {
            visit.setAssessors(e.getValue().stream().map(UserSummary::username).collect(Collectors.toSet()));
            showConflicts();
        });
        fields.put(visit.field("date"), date);
        fields.put(visit.field("assessors"), who);
        HorizontalLayout row = new HorizontalLayout(planned, date, slot, who);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** Shows the conflicts of the plan as it stands, beside their fields, while the coordinator types. */
    private void showConflicts() {
        fields.forEach((name, field) -> {
            if (name.startsWith("institution.")) {
                field.setInvalid(false);
            }
        });
        InvalidInputException.Collector errors = PlanRules.check(form, assessorNames, false);
        try {
            errors.throwIfAny();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((name, message) -> {
                HasValidation field = field(name);
                if (field != null && name.startsWith("institution.")) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            });
        }
    }

    private HasValidation field(String name) {
        return fields.get(name);
    }
}
