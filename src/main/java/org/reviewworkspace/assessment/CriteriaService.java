package org.reviewworkspace.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The criteria template of a review: its coordinator renames, explains, adds, removes and
 * reorders criteria until the first assessment is submitted. After that every submitted score
 * refers to the criteria as they were, so they are fixed.
 */
@Service
public class CriteriaService {

    public static final int MAX_NAME = 200;
    public static final int MAX_GUIDANCE = 2000;
    /** The audit trail keeps summaries of up to 1000 characters; the full lists go into its detail. */
    private static final int MAX_SUMMARY = 1000;

    private final CriterionRepository criteria;
    private final CriterionScoreRepository scores;
    private final AssessmentRepository assessments;
    private final ReviewService reviews;
    private final UserDirectory users;
    private final AuditService audit;

    CriteriaService(CriterionRepository criteria, CriterionScoreRepository scores, AssessmentRepository assessments,
                    ReviewService reviews, UserDirectory users, AuditService audit) {
        this.criteria = criteria;
        this.scores = scores;
        this.assessments = assessments;
        this.reviews = reviews;
        this.users = users;
        this.audit = audit;
    }

    /** Opens the criteria of a review for its coordinator, saying whether they may still change them. */
    @Transactional(readOnly = true)
    public CriteriaDraft openCriteria(String referenceCode) {
        ReviewSummary review = reviews.byReferenceCode(referenceCode);
        reviews.requireCoordinator(review.id());
        List<CriterionEdit> edits = criteria.findByReviewIdOrderByPosition(review.id()).stream()
                .map(c -> new CriterionEdit(c.id(), c.name(), c.guidance(), c.version())).toList();
        return new CriteriaDraft(review.id(), review.referenceCode(), review.title(), lockReason(review),
                new ArrayList<>(edits));
    }

    /**
     * Makes the review's criteria those of {@code edits}, in that order: existing ones (with an
     * id) are renamed or moved, new ones added, missing ones removed together with any draft
     * scores of them. The coordinator only, and only before the first assessment is submitted.
     * Field errors are named {@code name.<index>}, {@code guidance.<index>} and {@code criteria}.
     */
    @Transactional
    public void saveCriteria(long reviewId, List<CriterionEdit> edits) {
        ReviewSummary review = reviews.byId(reviewId);
        String coordinator = reviews.requireCoordinator(reviewId);
        String locked = lockReason(review);
        if (locked != null) {
            throw new NotAllowedException(locked);
        }
        check(edits);
        List<Criterion> current = criteria.findByReviewIdOrderByPosition(reviewId);
        Map<Long, Criterion> byId = current.stream().collect(Collectors.toMap(Criterion::id, c -> c));
        String before = text(current);
        List<String> changes = new ArrayList<>();
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < edits.size(); i++) {
            CriterionEdit edit = edits.get(i);
            String name = edit.getName().trim();
            String guidance = edit.getGuidance() == null ? "" : edit.getGuidance().trim();
            if (edit.getId() == null) {
                criteria.save(new Criterion(reviewId, i + 1, name, guidance));
                changes.add("added \"" + name + "\"");
                continue;
            }
            Criterion criterion = byId.get(edit.getId());
            if (criterion == null) {
                throw new StaleDataException("A criterion in the form was removed meanwhile. Your input is still in "
                        + "the form; reload to see the current criteria.");
            }
            if (criterion.version() != edit.getVersion()) {
                throw new StaleDataException("\"" + criterion.name() + "\" was changed meanwhile. Your input is still "
                        + "in the form; reload to see the current criteria.");
            }
            kept.add(criterion.id());
            String oldName = criterion.name();
            int oldPosition = criterion.position();
            if (criterion.edit(i + 1, name, guidance)) {
                changes.add(oldName.equals(name) ? "explained \"" + name + "\" anew" : "renamed \"" + oldName
                        + "\" to \"" + name + "\"");
            } else if (oldPosition != i + 1) {
                changes.add("moved \"" + name + "\" to position " + (i + 1));
            }
        }
        for (Criterion removed : current) {
            if (!kept.contains(removed.id())) {
                int dropped = scores.deleteByCriterionId(removed.id());
                criteria.delete(removed);
                changes.add("removed \"" + removed.name() + "\"" + (dropped == 0 ? ""
                        : " (and " + dropped + (dropped == 1 ? " draft score" : " draft scores") + " of it)"));
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        criteria.flush();
        String summary = users.displayName(coordinator) + " edited the criteria of " + review.referenceCode() + ": "
                + String.join(", ", changes);
        audit.record(AuditEntry.of(coordinator, "criteria.edited", reviewId, "Review", reviewId,
                        summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY - 1) + "…")
                .withDetail(before, text(criteria.findByReviewIdOrderByPosition(reviewId))));
    }

    /** Why the criteria of a review can no longer change, or {@code null} while they can. */
    private String lockReason(ReviewSummary review) {
        if (assessments.existsByReviewIdAndStatus(review.id(), AssessmentStatus.SUBMITTED)) {
            return "An assessment of " + review.referenceCode() + " has been submitted, so its criteria are fixed.";
        }
        if (review.status() != ReviewStatus.PLANNING && review.status() != ReviewStatus.ASSESSING) {
            return "Review " + review.referenceCode() + " is " + review.status().label().toLowerCase()
                    + ", so its criteria are fixed.";
        }
        return null;
    }

    private static void check(List<CriterionEdit> edits) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.rejectIf(edits.isEmpty(), "criteria", "Keep at least one criterion");
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < edits.size(); i++) {
            CriterionEdit edit = edits.get(i);
            String name = edit.getName() == null ? "" : edit.getName().trim();
            errors.rejectIf(name.isEmpty(), "name." + i, "Name the criterion");
            errors.rejectIf(name.length() > MAX_NAME, "name." + i, "At most " + MAX_NAME + " characters");
            errors.rejectIf(edit.getGuidance() != null && edit.getGuidance().trim().length() > MAX_GUIDANCE,
                    "guidance." + i, "At most " + MAX_GUIDANCE + " characters");
            Integer twin = name.isEmpty() ? null : names.putIfAbsent(name.toLowerCase(), i);
            errors.rejectIf(twin != null, "name." + i, "Criterion " + (twin == null ? 0 : twin + 1)
                    + " has the same name");
        }
        errors.throwIfAny();
    }

    private static String text(List<Criterion> list) {
        StringBuilder text = new StringBuilder();
        list.forEach(c -> text.append(c.position()).append(". ").append(c.name()).append('\n'));
        return text.toString();
    }
}
