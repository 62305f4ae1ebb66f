package org.reviewworkspace.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.reviewworkspace.assessment.CriteriaDraft;
import org.reviewworkspace.assessment.CriteriaService;
import org.reviewworkspace.assessment.CriterionEdit;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.base.ui.GuardedView;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.security.Role;

/**
 * The criteria of a review, which its coordinator renames, explains, adds, removes and
 * reorders until the first assessment is submitted; then they are shown read-only. The
 * reference comes from the browser, so the service decides whether this user may see them.
 */
@Route("reviews/:reference/criteria")
@PageTitle("Criteria · Review Workspace")
@RolesAllowed(Role.Names.COORDINATOR)
public class CriteriaView extends GuardedView {

    final CriteriaService criteria;
    final VerticalLayout rows = new VerticalLayout();
    final List<TextField> names = new ArrayList<>();
    final List<TextArea> guidance = new ArrayList<>();
    private List<CriterionEdit> edits = new ArrayList<>();
    private CriteriaDraft draft;

    public CriteriaView(CriteriaService criteria) {
        super("reference", "criteria-unavailable", "These criteria cannot be opened");
        this.criteria = criteria;
    }

    @Override
    protected void open(String referenceCode) {
        draft = criteria.openCriteria(referenceCode);
        edits = new ArrayList<>(draft.criteria());
        add(new H2("Criteria"), new Paragraph(ReviewRoutes.link(draft.referenceCode(), draft.reviewTitle())));
        Paragraph state = new Paragraph(draft.editable()
                ? "Every institution of the review is scored on these criteria. They can be changed until the "
                        + "first assessment is submitted."
                : draft.lockReason());
        state.setId(draft.editable() ? "criteria-hint" : "criteria-locked");
        rows.setPadding(false);
        add(state, rows);
        showRows();
        if (!draft.editable()) {
            return;
        }
        Button addCriterion = new Button("Add criterion", e -> {
            edits.add(new CriterionEdit("", ""));
            showRows();
        });
        addCriterion.setId("criterion-add");
        Button save = new Button("Save criteria", e -> Actions.run(() -> {
            criteria.saveCriteria(draft.reviewId(), edits);
            refresh();
        }, "Criteria saved", this::field));
        save.setId("criteria-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(addCriterion, save,
                new Anchor(ReviewRoutes.workspace(draft.referenceCode()), "Back to the review")));
    }

    private void showRows() {
        rows.removeAll();
        names.clear();
        guidance.clear();
        for (int i = 0; i < edits.size(); i++) {
            rows.add(row(i, edits.get(i)));
        }
    }

    private Div row(int index, CriterionEdit edit) {
        TextField name = new TextField("Criterion " + (index + 1));
        name.setId("criterion-name-" + index);
        name.setWidthFull();
        name.setMaxLength(CriteriaService.MAX_NAME);
        name.setValue(edit.getName() == null ? "" : edit.getName());
        name.addValueChangeListener(e -> edit.setName(e.getValue()));
        TextArea explanation = new TextArea("Guidance for assessors");
        explanation.setId("criterion-guidance-" + index);
        explanation.setWidthFull();
        explanation.setMaxLength(CriteriaService.MAX_GUIDANCE);
        explanation.setValue(edit.getGuidance() == null ? "" : edit.getGuidance());
        explanation.addValueChangeListener(e -> edit.setGuidance(e.getValue()));
        names.add(name);
        guidance.add(explanation);
        Div card = new Div(name, explanation);
        card.addClassName("card");
        card.setWidthFull();
        if (!draft.editable()) {
            name.setReadOnly(true);
            explanation.setReadOnly(true);
            return card;
        }
        Button up = new Button("Move up", e -> move(index, index - 1));
        up.setId("criterion-up-" + index);
        up.setEnabled(index > 0);
        Button down = new Button("Move down", e -> move(index, index + 1));
        down.setId("criterion-down-" + index);
        down.setEnabled(index < edits.size() - 1);
        Button remove = new Button("Remove", e -> {
            edits.remove(index);
            showRows();
        });
        remove.setId("criterion-remove-" + index);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(up, down, remove);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        card.add(buttons);
        return card;
    }

    private void move(int from, int to) {
        Collections.swap(edits, from, to);
        showRows();
    }

    private HasValidation field(String name) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            return null;
        }
        int index = Integer.parseInt(name.substring(dot + 1));
        List<? extends HasValidation> list = name.startsWith("name.") ? names : guidance;
        return index < list.size() ? list.get(index) : null;
    }
}
