package org.reviewworkspace.assessment;

import java.util.List;
import org.reviewworkspace.review.ReviewStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new review its criteria: those of the previous review of the partnership when the
 * coordinator starts from it, else the five of DESIGN.md §1.
 */
@Component
class DefaultCriteria {

    record Template(String name, String guidance) {
    }

    static final List<Template> DEFAULTS = List.of(
            new Template("Participation in high-impact research",
                    "Authorship and roles in collaboration experiments; visibility of the institution's contribution."),
            new Template("Training and capacity building",
                    "Students, fellows and technicians trained; schools and programmes run or attended."),
            new Template("Industrial participation and technology transfer",
                    "Local firms supplying components and services; contracts won; know-how transferred."),
            new Template("Human resource development",
                    "Career paths, retention, recruitment and diversity of the people involved."),
            new Template("Integration with international projects",
                    "Participation in international projects and networks beyond the programme itself."));

    private final CriterionRepository criteria;

    DefaultCriteria(CriterionRepository criteria) {
        this.criteria = criteria;
    }

    @EventListener
    void reviewStarted(ReviewStarted event) {
        List<Criterion> previous = event.scopeSource() == null ? List.of()
                : criteria.findByReviewIdOrderByPosition(event.scopeSource());
        if (previous.isEmpty()) {
            for (int i = 0; i < DEFAULTS.size(); i++) {
                criteria.save(new Criterion(event.reviewId(), i + 1, DEFAULTS.get(i).name(), DEFAULTS.get(i).guidance()));
            }
        } else {
            previous.forEach(c -> criteria.save(new Criterion(event.reviewId(), c.position(), c.name(), c.guidance())));
        }
    }
}
