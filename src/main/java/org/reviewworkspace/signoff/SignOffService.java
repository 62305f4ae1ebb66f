package org.reviewworkspace.signoff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.Sha256;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.base.TextInput;
import org.reviewworkspace.finding.FindingCommentService;
import org.reviewworkspace.finding.FindingCommentView;
import org.reviewworkspace.finding.FindingRevisionView;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.Capability;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.workflow.ReviewProcess;
import org.reviewworkspace.workflow.TaskRef;
import org.reviewworkspace.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approver's decision. It records the SHA-256 of the exact findings set decided on and the
 * revision of every finding in it, and refuses approvers the configured four-eyes rule excludes.
 */
@Service
public class SignOffService {

    /** The longest rationale or request on one finding. */
    public static final int MAX_TEXT = 4000;

    private final SignOffRepository signOffs;
    private final FindingService findings;
    private final FindingCommentService comments;
    private final ReviewService reviews;
    private final FourEyes fourEyes;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Workflow workflow;
    private final AuditService audit;
    private final Clock clock;

    SignOffService(SignOffRepository signOffs, FindingService findings, FindingCommentService comments,
                   ReviewService reviews, FourEyes fourEyes, UserDirectory users, CurrentUser currentUser,
                   Workflow workflow, AuditService audit, Clock clock) {
        this.signOffs = signOffs;
        this.findings = findings;
        this.comments = comments;
        this.reviews = reviews;
        this.fourEyes = fourEyes;
        this.users = users;
        this.currentUser = currentUser;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens "Sign off findings" for an approver the four-eyes rule does not exclude; the rule is
     * checked before anything else, so an excluded approver who crafts a request for the task is
     * refused for that reason, and audited.
     */
    @Transactional(readOnly = true)
    public SignOffDraft openSignOff(String taskId) {
        // the role first: a task id from the browser tells nobody else whether it exists
        currentUser.require(Capability.SIGN_OFF_FINDINGS);
        ReviewSummary review = reviews.byReferenceCode(workflow.reviewOfTask(taskId, ReviewProcess.SIGN_OFF_FINDINGS));
        requireIndependentApprover(review);
        workflow.requireActionable(taskId, ReviewProcess.SIGN_OFF_FINDINGS);
        List<FindingView> set = findings.findingsSet(review.id());
        String hash = hash(set);
        List<SignOff> earlier = signOffs.findByReviewIdOrderByRoundAsc(review.id());
        SignOff previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        Map<Long, List<String>> asked = previous == null ? Map.of()
                : comments.changeRequests(review.id(), previous.getId()).entrySet().stream().collect(Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().stream().map(FindingCommentView::body).toList()));
        return new SignOffDraft(review.id(), review.referenceCode(), review.title(), earlier.size() + 1, set, hash,
                history(earlier, hash), previous == null ? List.of() : changesSince(previous, set), asked);
    }

    /**
     * Decides on the findings set the approver saw, identified by {@code seenHash}: if the set
     * changed since, the decision is refused and the approver sees the new set first. Requesting
     * changes needs a rationale or a request on at least one finding ({@code requests}, by
     * finding id, only findings of the set); rejecting needs a rationale.
     */
    @Transactional
    public void decide(String taskId, Decision decision, String rationale, Map<Long, String> requests,
                       String seenHash) {
        currentUser.require(Capability.SIGN_OFF_FINDINGS);
        ReviewSummary review = reviews.byReferenceCode(workflow.reviewOfTask(taskId, ReviewProcess.SIGN_OFF_FINDINGS));
        String approver = requireIndependentApprover(review);
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.SIGN_OFF_FINDINGS);
        List<FindingView> set = findings.findingsSet(review.id());
        Map<Long, String> onFindings = requests(decision, requests, set);
        String text = TextInput.blank(rationale) ? null : rationale.strip();
        new InvalidInputException.Collector()
                .rejectIf(decision == null, "decision", "Choose a decision")
                .rejectIf(decision == Decision.REJECTED && text == null, "rationale",
                        "Say why the findings are rejected")
                .rejectIf(decision == Decision.CHANGES_REQUESTED && text == null && onFindings.isEmpty(), "rationale",
                        "Say which changes you request, here or on the findings concerned")
                .rejectIf(text != null && text.length() > MAX_TEXT, "rationale", "At most " + MAX_TEXT + " characters")
                .rejectIf(TextInput.unreadable(text), "rationale", TextInput.UNREADABLE)
                .throwIfAny();
        String hash = hash(set);
        if (!hash.equals(seenHash)) {
            throw new StaleDataException("The findings changed since you opened them. Reload to decide on the "
                    + "current set.");
        }
        int round = (int) signOffs.countByReviewId(review.id()) + 1;
        Map<Long, Integer> items = set.stream().collect(Collectors.toMap(FindingView::id, FindingView::revision));
        SignOff signOff = signOffs.save(new SignOff(review.id(), round, approver, decision, text, clock.instant(), hash,
                items));
        onFindings.forEach((findingId, request) -> comments.requestChange(findingId, request, signOff.getId()));
        audit.record(AuditEntry.of(approver, "signoff.decided", review.id(), "SignOff", signOff.getId(),
                users.displayName(approver) + " " + verb(decision) + " in round " + round
                        + (onFindings.isEmpty() ? "" : " on findings " + onFindings.keySet().stream()
                        .map(id -> "#" + id).collect(Collectors.joining(", ")))
                        + (text == null ? "" : ": " + text) + " (findings set " + hash.substring(0, 12) + "\u2026)")
                .withDetail(null, decision.name()));
        workflow.complete(task, Map.of(ReviewProcess.VAR_SIGN_OFF_DECISION, decision.name()));
    }

    /** The decisions on a review, oldest first, each saying whether it still applies to the current set. */
    @Transactional(readOnly = true)
    public List<SignOffRecord> decisions(long reviewId) {
        reviews.details(reviewId);
        return history(signOffs.findByReviewIdOrderByRoundAsc(reviewId), hash(findings.findingsSet(reviewId)));
    }

    /** The requests on individual findings, checked: only with a change request, only on findings of the set. */
    private static Map<Long, String> requests(Decision decision, Map<Long, String> requests, List<FindingView> set) {
        Map<Long, String> kept = new LinkedHashMap<>();
        if (requests == null) {
            return kept;
        }
        Set<Long> inSet = set.stream().map(FindingView::id).collect(Collectors.toSet());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        requests.forEach((findingId, request) -> {
            if (TextInput.blank(request)) {
                return;
            }
            if (!inSet.contains(findingId)) {
                throw new NotAllowedException("A request in the form is not about a finding of this set.");
            }
            errors.rejectIf(request.length() > MAX_TEXT, "request." + findingId, "At most " + MAX_TEXT + " characters");
            errors.rejectIf(TextInput.unreadable(request), "request." + findingId, TextInput.UNREADABLE);
            kept.put(findingId, request.strip());
        });
        errors.rejectIf(!kept.isEmpty() && decision != Decision.CHANGES_REQUESTED, "rationale",
                "Requests on findings go with \"Request changes\"; clear them to approve or reject");
        errors.throwIfAny();
        return kept;
    }

    /** What was added, revised or taken out since {@code previous} was decided. */
    private List<SetChange> changesSince(SignOff previous, List<FindingView> set) {
        Map<Long, Integer> before = previous.items();
        List<SetChange> changes = new ArrayList<>();
        for (FindingView finding : set) {
            Integer was = before.get(finding.id());
            if (was == null) {
                changes.add(new SetChange(finding.id(), SetChange.Kind.ADDED, null, finding.revision(),
                        finding.statement()));
            } else if (was != finding.revision()) {
                changes.add(new SetChange(finding.id(), SetChange.Kind.REVISED, was, finding.revision(),
                        finding.statement()));
            }
        }
        Set<Long> now = set.stream().map(FindingView::id).collect(Collectors.toSet());
        before.keySet().stream().filter(id -> !now.contains(id)).sorted().forEach(id -> {
            List<FindingRevisionView> states = findings.revisions(id);
            changes.add(new SetChange(id, SetChange.Kind.REMOVED, before.get(id), null,
                    states.get(states.size() - 1).statement()));
        });
        return changes;
    }

    private List<SignOffRecord> history(List<SignOff> all, String currentHash) {
        Map<String, String> names = users.displayNames(all.stream().map(SignOff::approver).toList());
        return all.stream().map(s -> new SignOffRecord(s.round(), names.get(s.approver()), s.decision(), s.rationale(),
                s.decidedAt(), s.findingsHash(), s.findingsHash().equals(currentHash))).toList();
    }

    private String requireIndependentApprover(ReviewSummary review) {
        String approver = currentUser.require(Capability.SIGN_OFF_FINDINGS);
        fourEyes.whyExcluded(review, approver).ifPresent(reason -> {
            audit.recordAlone(AuditEntry.of(approver, "signoff.refused", review.id(), "Review", review.id(),
                    users.displayName(approver) + " was refused the sign-off of " + review.referenceCode()
                            + " by the four-eyes rule: " + reason));
            throw new NotAllowedException("You may not sign off these findings: " + reason
                    + ". Someone else must sign them off.");
        });
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
