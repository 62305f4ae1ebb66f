package org.reviewworkspace.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.Year;
import java.util.List;
import java.util.function.Consumer;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.review.StartReviewForm;

/** Asks for partnership, year, title and objectives, then starts the review at "Plan visit". */
class StartReviewDialog extends Dialog {

    final ComboBox<PartnershipSummary> partnership = new ComboBox<>("Partnership");
    final IntegerField year = new IntegerField("Year");
    final TextField title = new TextField("Title");
    final TextArea objectives = new TextArea("Objectives");
    final Checkbox scopeFromPrevious = new Checkbox("Start from the partnership's previous review: its institutions, "
            + "criteria and delegation");

    StartReviewDialog(ReviewService reviews, PartnershipService partnerships, Consumer<ReviewSummary> started) {
        setHeaderTitle("Start a review");
        StartReviewForm form = new StartReviewForm();
        form.setYear(Year.now().getValue());
        BeanValidationBinder<StartReviewForm> binder = new BeanValidationBinder<>(StartReviewForm.class);
        List<PartnershipSummary> active = partnerships.activePartnerships();
        partnership.setItems(active);
        partnership.setId("start-review-partnership");
        binder.forField(partnership).asRequired("Choose the partnership under review")
                .withConverter(p -> p == null ? null : p.id(),
                        id -> id == null ? null : partnerships.partnership(id))
                .bind(StartReviewForm::getPartnershipId, StartReviewForm::setPartnershipId);
        binder.forField(year).bind(StartReviewForm::getYear, StartReviewForm::setYear);
        title.setId("start-review-title");
        title.setWidthFull();
        binder.forField(title).bind(StartReviewForm::getTitle, StartReviewForm::setTitle);
        objectives.setWidthFull();
        binder.forField(objectives).bind(StartReviewForm::getObjectives, StartReviewForm::setObjectives);
        scopeFromPrevious.setId("start-review-from-previous");
        binder.forField(scopeFromPrevious).bind(StartReviewForm::isScopeFromPrevious, StartReviewForm::setScopeFromPrevious);
        binder.setBean(form);
        if (active.size() == 1) {
            partnership.setValue(active.get(0));
        }

        FormLayout layout = new FormLayout(partnership, year, title, objectives, scopeFromPrevious);
        layout.setColspan(title, 2);
        layout.setColspan(objectives, 2);
        layout.setColspan(scopeFromPrevious, 2);
        add(layout);
        Button start = new Button("Start", e -> {
            if (binder.validate().isOk()) {
                Actions.run(() -> {
                    ReviewSummary review = reviews.startReview(form);
                    close();
                    started.accept(review);
                }, "Review started", name -> switch (name) {
                    case "partnershipId" -> partnership;
                    case "title" -> title;
                    case "year" -> year;
                    default -> null;
                });
            }
        });
        start.setId("start-review-confirm");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), start);
        setWidth("40em");
    }
}
