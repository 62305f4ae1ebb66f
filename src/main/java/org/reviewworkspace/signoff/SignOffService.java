package org.reviewworkspace.signoff;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.Sha256;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.workflow.ReviewProcess;
import org.reviewworkspace.workflow.TaskRef;
import org.reviewworkspace.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approver's decision. It records the SHA-256 of the exact findings set decided on, and
 * refuses approvers who wrote or consolidated any of the findings (four-eyes).
 */
@Service
public class SignOffService {

    private final SignOffRepository signOffs;
    private final FindingService findings;
    private final ReviewService reviews;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Workflow workflow;
    private final AuditService audit;
    private final Clock clock;

    SignOffService(SignOffRepository signOffs, FindingService findings, ReviewService reviews, UserDirectory users,
                   CurrentUser currentUser, Workflow workflow, AuditService audit, Clock clock) {
        this.signOffs = signOffs;
        this.findings = findings;
        this.reviews = reviews;
        this.users = users;
        this.currentUser = currentUser;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens "Sign off findings" for an approver who is not a contributor. */
    @Transactional(readOnly = true)
    public SignOffDraft openSignOff(String taskId) {
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.SIGN_OFF_FINDINGS);
        ReviewSummary review = reviews.byReferenceCode(task.referenceCode());
        requireIndependentApprover(review);
        List<FindingView> set = findings.findingsSet(review.id());
        String hash = hash(set);
        return new SignOffDraft(review.id(), review.referenceCode(), review.title(),
                (int) signOffs.countByReviewId(review.id()) + 1, set, hash, history(review.id(), hash));
    }

    /**
     * Decides on the findings set the approver saw, identified by {@code seenHash}: if the set
     * changed since, the decision is refused and the approver sees the new set first.
     */
    @Transactional
    public void decide(String taskId, Decision decision, String rationale, String seenHash) {
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.SIGN_OFF_FINDINGS);
        ReviewSummary review = reviews.byReferenceCode(task.referenceCode());
        String approver = requireIndependentApprover(review);
        if (decision == null) {
            throw new InvalidInputException("decision", "Choose a decision");
        }
        if (decision != Decision.APPROVED && (rationale == null || rationale.isBlank())) {
            throw new InvalidInputException("rationale", decision == Decision.REJECTED
                    ? "Say why the findings are rejected" : "Say which changes you request");
        }
        String hash = hash(findings.findingsSet(review.id()));
        if (!hash.equals(seenHash)) {
            throw new StaleDataException("The findings changed since you opened them. Reload to decide on the "
                    + "current set.");
        }
        int round = (int) signOffs.countByReviewId(review.id()) + 1;
        String text = rationale == null || rationale.isBlank() ? null : rationale.trim();
        SignOff signOff = signOffs.save(new SignOff(review.id(), round, approver, decision, text, clock.instant(), hash));
        audit.record(AuditEntry.of(approver, "signoff.decided", review.id(), "SignOff", signOff.getId(),
                users.displayName(approver) + " " + verb(decision) + " in round " + round
                        + (text == null ? "" : ": " + text) + " (findings set " + hash.substring(0, 12) + "\u2026)")
                .withDetail(null, decision.name()));
        workflow.complete(task, Map.of(ReviewProcess.VAR_SIGN_OFF_DECISION, decision.name()));
    }

    /** The decisions on a review, oldest first, each saying whether it still applies to the current set. */
    @Transactional(readOnly = true)
    public List<SignOffRecord> decisions(long reviewId) {
        reviews.details(reviewId);
        return history(reviewId, hash(findings.findingsSet(reviewId)));
    }

    private List<SignOffRecord> history(long reviewId, String currentHash) {
        List<SignOff> all = signOffs.findByReviewIdOrderByRoundAsc(reviewId);
        Map<String, String> names = users.displayNames(all.stream().map(SignOff::approver).toList());
        return all.stream().map(s -> new SignOffRecord(s.round(), names.get(s.approver()), s.decision(), s.rationale(),
                s.decidedAt(), s.findingsHash(), s.findingsHash().equals(currentHash))).toList();
    }

    private String requireIndependentApprover(ReviewSummary review) {
        String approver = currentUser.require(Role.APPROVER, "sign off findings");
        if (findings.contributors(review.id()).contains(approver) || review.coordinator().equals(approver)) {
            audit.recordAlone(AuditEntry.of(approver, "signoff.refused", review.id(), "Review", review.id(),
                    users.displayName(approver) + " was refused the sign-off: they contributed to the findings"));
            throw new NotAllowedException("You contributed to these findings, so someone else must sign them off.");
        }
        return approver;
    }

    private static String verb(Decision decision) {
        return switch (decision) {
            case APPROVED -> "approved the findings";
            case CHANGES_REQUESTED -> "requested changes";
            case REJECTED -> "rejected the findings";
        };
    }

    static String hash(List<FindingView> set) {
        return Sha256.hex(FindingService.canonicalForm(set));
    }
}
