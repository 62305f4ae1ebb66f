package org.reviewworkspace.signoff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.security.UserSummary;
import org.reviewworkspace.workflow.SignOffCandidates;
import org.springframework.stereotype.Component;

/**
 * Applies the configured {@link FourEyesRule}: the same answer decides who is offered the
 * sign-off task and who the sign-off service refuses.
 */
@Component("signOffCandidates")
class FourEyes implements SignOffCandidates {

    private final FourEyesRule rule;
    private final FindingService findings;
    private final ReviewService reviews;
    private final UserDirectory users;
    private final AuditService audit;

    FourEyes(FourEyesRule rule, FindingService findings, ReviewService reviews, UserDirectory users,
             AuditService audit) {
        this.rule = rule;
        this.findings = findings;
        this.reviews = reviews;
        this.users = users;
        this.audit = audit;
    }

    /**
     * The approvers not excluded from signing off; called by the process inside the transaction
     * that completes the consolidation. An empty answer is audited, since nobody would see the task.
     */
    @Override
    public List<String> forReview(String referenceCode) {
        ReviewSummary review = reviews.byReferenceCode(referenceCode);
        Map<String, String> excluded = excluded(review);
        List<String> candidates = users.withRole(Role.APPROVER).stream().map(UserSummary::username)
                .filter(approver -> !excluded.containsKey(approver)).toList();
        if (candidates.isEmpty()) {
            audit.record(AuditEntry.of(AuditEntry.SYSTEM, "signoff.no-candidates", review.id(), "Review", review.id(),
                    "No approver may sign off the findings of " + referenceCode
                            + ": every approver contributed to them. An administrator must add an approver."));
        }
        return candidates;
    }

    /** Why {@code username} may not sign off {@code review}, or empty if they may. */
    Optional<String> whyExcluded(ReviewSummary review, String username) {
        return Optional.ofNullable(excluded(review).get(username));
    }

    /**
     * Everyone the rule keeps from signing off {@code review}, with the reason of the first group
     * they fall in; the review's contributions are read once, whatever the number of approvers.
     */
    private Map<String, String> excluded(ReviewSummary review) {
        boolean needsFindings = rule.excluded().contains(FourEyesRule.Excluded.CONSOLIDATOR)
                || rule.excluded().contains(FourEyesRule.Excluded.FINDING_AUTHORS);
        FindingService.Contributions contributions = needsFindings ? findings.contributions(review.id()) : null;
        Map<String, String> excluded = new HashMap<>();
        for (FourEyesRule.Excluded group : rule.excluded()) {
            Set<String> people = switch (group) {
                case CONSOLIDATOR -> contributions.consolidators();
                case FINDING_AUTHORS -> contributions.authors();
                case DELEGATION_MEMBERS -> reviews.delegation(review.id()).keySet();
                case COORDINATOR -> Set.of(review.coordinator());
            };
            people.forEach(person -> excluded.putIfAbsent(person, group.reason()));
        }
        return excluded;
    }
}
