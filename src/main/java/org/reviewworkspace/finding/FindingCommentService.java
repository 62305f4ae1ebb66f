package org.reviewworkspace.finding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.Markdown;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.TextInput;
import org.reviewworkspace.finding.FindingCommentRepository.CommentCount;
import org.reviewworkspace.review.ReviewDetails;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.Capability;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.security.UserDirectory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussion of each finding (DESIGN.md §2, "draft / comment on findings"): the review's
 * coordinator and delegation comment while the findings are consolidated and signed off, the
 * approver once they reach them; coordinators and approvers who may see the review read along.
 * Observers read the published report, never the discussion behind it. An approver's change
 * request on a finding is a comment tied to their sign-off.
 *
 * <p>Comments are markdown, stored as typed and rendered through {@link Markdown} on the way
 * out, with {@code @username} of the review's coordinator and delegation shown as mentions.
 */
@Service
public class FindingCommentService {

    /** Longest comment accepted, in characters. */
    public static final int MAX_LENGTH = 4000;
    /** A thread shows at most this many of its latest comments. */
    public static final int THREAD_LIMIT = 200;

    /** From consolidation until the decision is final the findings can still change, so they are discussed. */
    private static final Set<ReviewStatus> OPEN = EnumSet.of(ReviewStatus.CONSOLIDATING,
            ReviewStatus.AWAITING_SIGN_OFF, ReviewStatus.CHANGES_REQUESTED);
    /** When the findings are in the approver's hands and they may take part in the discussion. */
    private static final Set<ReviewStatus> APPROVERS_TURN = EnumSet.of(ReviewStatus.AWAITING_SIGN_OFF,
            ReviewStatus.CHANGES_REQUESTED);

    private final FindingCommentRepository comments;
    private final FindingRepository findings;
    private final ReviewService reviews;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final AuditService audit;
    private final Clock clock;

    FindingCommentService(FindingCommentRepository comments, FindingRepository findings, ReviewService reviews,
                          CurrentUser currentUser, UserDirectory users, AuditService audit, Clock clock) {
        this.comments = comments;
        this.findings = findings;
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The latest {@value #THREAD_LIMIT} comments on a finding, oldest first; refuses users who
     * may not see its review, and observers.
     */
    @Transactional(readOnly = true)
    public List<FindingCommentView> comments(long findingId) {
        return thread(findingId).comments();
    }

    /**
     * The discussion of a finding as the current user takes part in it: its latest comments,
     * whether they may post now (and why not), and whom they may mention. Same access as
     * {@link #comments(long)}.
     */
    @Transactional(readOnly = true)
    public FindingCommentThread thread(long findingId) {
        Finding finding = find(findingId);
        Participant participant = participant(finding.reviewId());
        List<FindingComment> latest = new ArrayList<>(comments.findByFindingIdOrderByPostedAtDescIdDesc(
                finding.getId(), PageRequest.of(0, THREAD_LIMIT)));
        Collections.reverse(latest);
        return new FindingCommentThread(finding.getId(), views(latest, participant.mentionable()),
                participant.whyNotPost() == null, participant.whyNotPost(), participant.mentionable());
    }

    /**
     * Posts a comment (markdown, at most {@value #MAX_LENGTH} characters) on a finding: the
     * review's coordinator, its delegation members and, once the findings reached them, approvers;
     * only while the findings may still change (consolidation and sign-off). Stored as typed and
     * audited with the text and the people it mentions.
     */
    @Transactional
    public FindingCommentView postComment(long findingId, String markdown) {
        Finding finding = find(findingId);
        Participant participant = participant(finding.reviewId());
        if (participant.whyNotPost() != null) {
            throw new NotAllowedException(participant.whyNotPost());
        }
        checked(markdown, "text", "Write your comment first").throwIfAny();
        String body = markdown.strip();
        String author = participant.username();
        FindingComment comment = comments.save(new FindingComment(finding.getId(), finding.reviewId(), author, body,
                clock.instant(), null));
        String authorName = users.displayName(author);
        Set<String> mentioned = Markdown.mentions(body, participant.mentionable().keySet());
        audit.record(AuditEntry.of(author, "finding.commented", finding.reviewId(), "FindingComment", comment.id(),
                        authorName + " commented on finding #" + finding.getId() + (mentioned.isEmpty() ? ""
                                : " and mentioned " + mentioned.stream().map(participant.mentionable()::get)
                                .collect(Collectors.joining(", "))))
                .withDetail(null, body));
        return view(comment, authorName, participant.mentionable());
    }

    /**
     * Stores an approver's change request on one finding (markdown, at most {@value #MAX_LENGTH}
     * characters; field {@code request.<findingId>}) as a comment tied to their sign-off. Called by
     * the sign-off inside its own transaction, after its own checks and with its own audit event,
     * for each finding the approver wrote a request for; refuses a finding outside the review the
     * sign-off decided on.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requestChange(long findingId, String text, long signOffId) {
        String approver = currentUser.require(Capability.SIGN_OFF_FINDINGS);
        Finding finding = find(findingId);
        Long reviewId = comments.reviewOfSignOff(signOffId)
                .orElseThrow(() -> new NotFoundException("This sign-off does not exist."));
        if (!reviewId.equals(finding.reviewId())) {
            throw new NotAllowedException("Finding #" + finding.getId() + " is not one of the findings decided on.");
        }
        checked(text, "request." + finding.getId(), "Say what should change in this finding").throwIfAny();
        comments.save(new FindingComment(finding.getId(), reviewId, approver, text.strip(), clock.instant(),
                signOffId));
    }

    /**
     * The change requests of one sign-off of a review, by finding: for the consolidation that
     * follows and the sign-off screen. Same access as {@link #comments(long)}.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<FindingCommentView>> changeRequests(long reviewId, long signOffId) {
        Participant participant = participant(reviewId);
        return views(comments.findByReviewIdAndSignOffIdOrderByPostedAtAscIdAsc(reviewId, signOffId),
                participant.mentionable()).stream()
                .collect(Collectors.groupingBy(FindingCommentView::findingId, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * How many comments each finding of a review has, for badges; findings without any are
     * absent. Same access as {@link #comments(long)}.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> commentCounts(long reviewId) {
        participant(reviewId);
        return comments.countByFinding(reviewId).stream()
                .collect(Collectors.toMap(CommentCount::getFindingId, CommentCount::getComments));
    }

    /**
     * What the approver asked of individual findings in the latest round that asked anything,
     * by finding id; empty before any such request. Same access as {@link #comments(long)}.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<FindingCommentView>> latestChangeRequests(long reviewId) {
        return comments.latestSignOffWithRequests(reviewId).map(signOffId -> changeRequests(reviewId, signOffId))
                .orElse(Map.of());
    }

    /** Refuses who may not read the discussion of the review's findings; says whether the others may post. */
    private Participant participant(long reviewId) {
        ReviewDetails details = reviews.details(reviewId);
        ReviewSummary review = details.review();
        String username = currentUser.username();
        Set<Role> roles = currentUser.roles();
        boolean member = roles.contains(Role.ASSESSOR)
                && details.delegation().stream().anyMatch(m -> m.username().equals(username));
        boolean coordinator = roles.contains(Role.COORDINATOR);
        // details() has let an approver through only for reviews awaiting or past their sign-off
        boolean approver = roles.contains(Role.APPROVER);
        if (!member && !coordinator && !approver) {
            throw new NotAllowedException("The discussion of the findings of " + review.referenceCode()
                    + " is for its coordinator, its delegation and the approver; observers read the published report.");
        }
        String whyNotPost = null;
        if (!OPEN.contains(review.status())) {
            whyNotPost = frozen(review);
        } else if (!member && !username.equals(review.coordinator())
                && !(approver && APPROVERS_TURN.contains(review.status()))) {
            whyNotPost = "Only the coordinator of " + review.referenceCode()
                    + ", its delegation and the approver comment on its findings; you may read the discussion.";
        }
        Map<String, String> mentionable = new LinkedHashMap<>();
        mentionable.put(review.coordinator(), details.coordinatorName());
        details.delegation().forEach(m -> mentionable.putIfAbsent(m.username(), m.displayName()));
        return new Participant(username, whyNotPost, Collections.unmodifiableMap(mentionable));
    }

    private static String frozen(ReviewSummary review) {
        return switch (review.status()) {
            case PUBLISHED -> "The review is published; its findings are frozen.";
            case REJECTED -> "The review was rejected; its findings are frozen.";
            case CANCELLED -> "The review was cancelled; its findings are frozen.";
            default -> "Findings are discussed from consolidation on; " + review.referenceCode() + " is still "
                    + review.status().label().toLowerCase() + ".";
        };
    }

    private static InvalidInputException.Collector checked(String text, String field, String blankMessage) {
        return new InvalidInputException.Collector()
                .rejectIf(TextInput.blank(text), field, blankMessage)
                .rejectIf(text != null && text.length() > MAX_LENGTH, field, "At most " + MAX_LENGTH + " characters")
                .rejectIf(TextInput.unreadable(text), field, TextInput.UNREADABLE);
    }

    private Finding find(long findingId) {
        return findings.findById(findingId).orElseThrow(() -> new NotFoundException("This finding does not exist."));
    }

    private List<FindingCommentView> views(List<FindingComment> list, Map<String, String> mentionable) {
        Map<String, String> names = users.displayNames(list.stream().map(FindingComment::author).toList());
        return list.stream().map(c -> view(c, names.get(c.author()), mentionable)).toList();
    }

    private static FindingCommentView view(FindingComment comment, String authorName, Map<String, String> mentionable) {
        return new FindingCommentView(comment.id(), comment.findingId(), comment.author(), authorName,
                comment.postedAt(), comment.body(), Markdown.toHtml(comment.body(), mentionable),
                comment.changeRequest());
    }

    /** The current user in the discussion of one review's findings. */
    private record Participant(String username, String whyNotPost, Map<String, String> mentionable) {
    }
}
