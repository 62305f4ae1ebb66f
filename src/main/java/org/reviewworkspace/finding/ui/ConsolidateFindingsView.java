package org.reviewworkspace.finding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.base.ui.TaskFormView;
import org.reviewworkspace.finding.ConsolidationDraft;
import org.reviewworkspace.finding.FindingCommentView;
import org.reviewworkspace.finding.FindingEdit;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.Priority;
import org.reviewworkspace.partnership.InstitutionSummary;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.workflow.ReviewProcess;

/**
 * "Consolidate findings": every finding the assessors raised, grouped by institution and type,
 * to edit, reorder, merge when two say the same (the survivor names every assessor who raised
 * it), withdraw, or complete with cross-cutting findings; recommendations get an owner and a
 * target date before the set goes to the approver.
 */
@Route("tasks/" + ReviewProcess.CONSOLIDATE_FINDINGS + "/:taskId")
@PageTitle("Consolidate findings · Review Workspace")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ASSESSOR})
public class ConsolidateFindingsView extends TaskFormView {

    /** Stands for "no institution" in the institution choice. */
    private static final InstitutionSummary CROSS_CUTTING = new InstitutionSummary(null, null,
            FindingService.CROSS_CUTTING, "applies to the whole partnership");

    final FindingService findings;
    final VerticalLayout groups = new VerticalLayout();
    /** The rows on screen, by the edit each one shows. */
    final Map<FindingEdit, Row> rows = new IdentityHashMap<>();
    private List<FindingEdit> edits;
    private final List<InstitutionSummary> institutions = new ArrayList<>();
    private Map<Long, InstitutionSummary> institutionsById;
    private Map<Long, List<FindingCommentView>> requests = Map.of();

    public ConsolidateFindingsView(FindingService findings) {
        this.findings = findings;
    }

    @Override
    protected void openTask(String taskId) {
        ConsolidationDraft draft = findings.openConsolidation(taskId);
        edits = new ArrayList<>(draft.findings());
        requests = draft.requests();
        institutions.add(CROSS_CUTTING);
        institutions.addAll(draft.institutions());
        institutionsById = draft.institutions().stream()
                .collect(Collectors.toMap(InstitutionSummary::id, Function.identity()));
        add(new H2("Consolidate findings"), new Paragraph(ReviewRoutes.link(draft.referenceCode(), draft.reviewTitle())));
        if (draft.requestedChanges() != null) {
            Div requested = new Div(new H3("The approver asked for changes"), new Span(draft.requestedChanges()));
            requested.setId("consolidation-requested-changes");
            requested.addClassNames("card", "finding-changed");
            add(requested);
        }
        add(new Paragraph("Edit the findings the assessors raised, merge duplicates into one, withdraw what does not "
                + "belong, and add cross-cutting findings. Recommendations need an owner and a target date. The set "
                + "you send goes to the approver."));
        groups.setPadding(false);
        groups.setId("consolidation-findings");
        render();
        Button add = new Button("Add finding", VaadinIcon.PLUS.create(), e -> {
            FindingEdit edit = new FindingEdit();
            edit.setRaisedBy(List.of("you"));
            edits.add(edit);
            render();
        });
        add.setId("consolidation-add-finding");
        Button save = new Button("Save", e -> {
            if (run(() -> findings.saveConsolidation(taskId, edits), "Findings saved")) {
                render();
            }
        });
        save.setId("consolidation-save");
        Button complete = new Button("Send for sign-off", e -> {
            if (run(() -> findings.completeConsolidation(taskId, edits), "Findings sent for sign-off")) {
                backToInbox();
            }
        });
        complete.setId("consolidation-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(groups, add, new HorizontalLayout(save, complete));
    }

    private boolean run(Runnable action, String success) {
        rows.values().forEach(Row::clearErrors);
        return Actions.run(action, success, this::field);
    }

    /** Shows the findings grouped by institution (cross-cutting last) and type, keeping their order within a group. */
    private void render() {
        edits.sort(Comparator.comparing((FindingEdit e) -> e.getInstitutionId() == null)
                .thenComparing(e -> institution(e).acronym())
                .thenComparing(e -> e.getType() == null ? FindingType.RECOMMENDATION : e.getType()));
        groups.removeAll();
        rows.clear();
        String shown = null;
        for (FindingEdit edit : edits) {
            String group = institution(edit).acronym() + " · " + (edit.getType() == null ? "" : edit.getType().label());
            if (!group.equals(shown)) {
                H3 heading = new H3(group);
                heading.addClassName("finding-group");
                groups.add(heading);
                shown = group;
            }
            Row row = new Row(edit);
            rows.put(edit, row);
            groups.add(row);
        }
    }

    private InstitutionSummary institution(FindingEdit edit) {
        return edit.getInstitutionId() == null ? CROSS_CUTTING
                : institutionsById.getOrDefault(edit.getInstitutionId(), CROSS_CUTTING);
    }

    /** Moves a finding up ({@code -1}) or down ({@code +1}) within its group. */
    private void move(FindingEdit edit, int direction) {
        int at = edits.indexOf(edit);
        int to = at + direction;
        if (to < 0 || to >= edits.size() || !sameGroup(edit, edits.get(to))) {
            return;
        }
        edits.set(at, edits.get(to));
        edits.set(to, edit);
        render();
    }

    private static boolean sameGroup(FindingEdit a, FindingEdit b) {
        return Objects.equals(a.getInstitutionId(), b.getInstitutionId()) && a.getType() == b.getType();
    }

    private HasValidation field(String name) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            return null;
        }
        Row row = rows.get(edits.get(Integer.parseInt(name.substring(dot + 1))));
        return switch (name.substring(0, dot)) {
            case "finding" -> row.statement;
            case "owner" -> row.owner;
            case "targetDate" -> row.targetDate;
            case "domain" -> row.domain;
            default -> null;
        };
    }

    /** One finding in the form. */
    final class Row extends Div {

        final TextArea statement = new TextArea();
        final TextField domain = new TextField("Domain");
        final TextField owner = new TextField("Owner");
        final DatePicker targetDate = new DatePicker("Target date");

        Row(FindingEdit edit) {
            int index = edits.indexOf(edit);
            addClassName("finding-row");
            if (!edit.isInSet()) {
                addClassName("out-of-set");
            }
            ComboBox<InstitutionSummary> institution = new ComboBox<>("Institution");
            institution.setItems(institutions);
            institution.setItemLabelGenerator(InstitutionSummary::acronym);
            institution.setValue(ConsolidateFindingsView.this.institution(edit));
            institution.setWidth("10em");
            institution.addValueChangeListener(e -> {
                edit.setInstitutionId(e.getValue() == null ? null : e.getValue().id());
                render();
            });
            Select<FindingType> type = new Select<>();
            type.setLabel("Type");
            type.setItems(FindingType.values());
            type.setItemLabelGenerator(FindingType::label);
            type.setValue(edit.getType());
            type.setId("consolidation-type-" + index);
            type.addValueChangeListener(e -> {
                edit.setType(e.getValue());
                render();
            });
            Select<Priority> priority = new Select<>();
            priority.setLabel("Priority");
            priority.setItems(Priority.values());
            priority.setItemLabelGenerator(Priority::label);
            priority.setValue(edit.getPriority());
            priority.setId("consolidation-priority-" + index);
            priority.addValueChangeListener(e -> edit.setPriority(e.getValue()));
            domain.setValue(Objects.toString(edit.getDomain(), ""));
            domain.setMaxLength(FindingService.MAX_LABEL);
            domain.setPlaceholder("e.g. Industrial participation");
            domain.setId("consolidation-domain-" + index);
            domain.addValueChangeListener(e -> edit.setDomain(e.getValue()));
            HorizontalLayout facts = new HorizontalLayout(institution, type, priority, domain);
            facts.setWrap(true);
            facts.setAlignItems(FlexComponent.Alignment.BASELINE);

            statement.setLabel("Statement — raised by " + String.join(", ", edit.getRaisedBy()));
            statement.setId("consolidation-statement-" + index);
            statement.setValue(Objects.toString(edit.getStatement(), ""));
            statement.setMaxLength(FindingService.MAX_STATEMENT);
            statement.setWidthFull();
            statement.addValueChangeListener(e -> edit.setStatement(e.getValue()));

            owner.setValue(Objects.toString(edit.getOwner(), ""));
            owner.setMaxLength(FindingService.MAX_LABEL);
            owner.setPlaceholder("e.g. PAEC, Directorate of Industry");
            owner.setId("consolidation-owner-" + index);
            owner.addValueChangeListener(e -> edit.setOwner(e.getValue()));
            targetDate.setValue(edit.getTargetDate());
            targetDate.setMin(LocalDate.now(Times.zone()));
            targetDate.setId("consolidation-target-date-" + index);
            targetDate.addValueChangeListener(e -> edit.setTargetDate(e.getValue()));
            HorizontalLayout recommendation = new HorizontalLayout(owner, targetDate);
            recommendation.setVisible(edit.getType() == FindingType.RECOMMENDATION);

            Checkbox withdrawn = new Checkbox("Withdraw", edit.isWithdrawn());
            withdrawn.setId("consolidation-withdraw-" + index);
            withdrawn.addValueChangeListener(e -> {
                edit.setWithdrawn(e.getValue());
                render();
            });
            Select<FindingEdit> mergeInto = new Select<>();
            mergeInto.setLabel("Merge into");
            mergeInto.setId("consolidation-merge-" + index);
            mergeInto.setEmptySelectionAllowed(true);
            mergeInto.setEmptySelectionCaption("Not a duplicate");
            mergeInto.setPlaceholder("Not a duplicate");
            mergeInto.setWidth("18em");
            mergeInto.setItems(edits.stream().filter(o -> o != edit && o.getId() != null && o.isInSet()).toList());
            mergeInto.setItemLabelGenerator(o -> o == null ? "" : "#" + o.getId() + " " + excerpt(o.getStatement()));
            mergeInto.setValue(edits.stream().filter(o -> o.getId() != null && o.getId().equals(edit.getMergeIntoId()))
                    .findFirst().orElse(null));
            mergeInto.setEnabled(edit.getId() != null);
            mergeInto.addValueChangeListener(e -> {
                edit.setMergeIntoId(e.getValue() == null ? null : e.getValue().getId());
                render();
            });
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(edit, -1));
            up.getElement().setAttribute("aria-label", "Move up");
            up.setId("consolidation-up-" + index);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(edit, 1));
            down.getElement().setAttribute("aria-label", "Move down");
            down.setId("consolidation-down-" + index);
            // the arrows stay side by side when a narrow screen wraps the row
            HorizontalLayout order = new HorizontalLayout(up, down);
            order.setSpacing(false);
            order.getThemeList().add("spacing-xs");
            HorizontalLayout actions = new HorizontalLayout(withdrawn, mergeInto, order);
            actions.setAlignItems(FlexComponent.Alignment.BASELINE);
            actions.setWrap(true);
            if (edit.getId() != null) {
                Span revision = new Span("#" + edit.getId() + " · revision " + edit.getRevision());
                revision.addClassName("hint");
                Button history = new Button("History", e -> new RevisionsDialog(findings, edit.getId(), null, null)
                        .open());
                history.setId("consolidation-history-" + index);
                history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                actions.add(revision, history);
            }
            if (edit.getMergeIntoId() != null) {
                Span merged = new Span("Merged into #" + edit.getMergeIntoId() + "; its assessors are named there.");
                merged.addClassName("hint");
                actions.add(merged);
            }
            add(facts);
            if (edit.getId() != null) {
                requests.getOrDefault(edit.getId(), List.of()).forEach(request -> {
                    Div asked = new Div(new Span("The approver asked: " + request.body()));
                    asked.addClassNames("finding-changed", "hint");
                    asked.setId("consolidation-request-" + edit.getId());
                    add(asked);
                });
            }
            add(statement, recommendation, actions);
        }

        void clearErrors() {
            statement.setInvalid(false);
            domain.setInvalid(false);
            owner.setInvalid(false);
            targetDate.setInvalid(false);
        }
    }

    private static String excerpt(String text) {
        String oneLine = Objects.toString(text, "").replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 59) + "\u2026";
    }
}
