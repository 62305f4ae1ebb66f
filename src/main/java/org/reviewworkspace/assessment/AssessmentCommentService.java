package org.reviewworkspace.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.Markdown;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.TextInput;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.security.UserDirectory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comment thread on each assessment, where the delegation, the coordinator and approvers
 * discuss an assessor's scores. Comments are markdown, stored as typed and shown through the
 * sanitiser of {@link Markdown}.
 */
@Service
public class AssessmentCommentService {

    /** Longest comment accepted, in characters. */
    public static final int MAX_LENGTH = 4000;
    /** A thread shows at most this many of its latest comments. */
    public static final int THREAD_LIMIT = 200;

    private final AssessmentCommentRepository comments;
    private final AssessmentRepository assessments;
    private final ConsensusAccess access;
    private final PartnershipService partnerships;
    private final UserDirectory users;
    private final AuditService audit;
    private final Clock clock;

    AssessmentCommentService(AssessmentCommentRepository comments, AssessmentRepository assessments,
                             ConsensusAccess access, PartnershipService partnerships, UserDirectory users,
                             AuditService audit, Clock clock) {
        this.comments = comments;
        this.assessments = assessments;
        this.access = access;
        this.partnerships = partnerships;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The latest comments on an assessment, oldest first; refuses users who may not read the
     * assessment (an unsubmitted assessment and its thread are its author's alone).
     */
    @Transactional(readOnly = true)
    public List<AssessmentCommentView> comments(long assessmentId) {
        Assessment assessment = readable(assessmentId);
        List<AssessmentComment> latest = new ArrayList<>(comments.findByAssessmentIdOrderByPostedAtDescIdDesc(
                assessment.getId(), PageRequest.of(0, THREAD_LIMIT)));
        Collections.reverse(latest);
        Map<String, String> names = users.displayNames(latest.stream().map(AssessmentComment::author).toList());
        return latest.stream().map(c -> view(c, names.get(c.author()))).toList();
    }

    /** How many comments the assessment's thread holds; same access as {@link #comments(long)}. */
    @Transactional(readOnly = true)
    public long commentCount(long assessmentId) {
        return comments.countByAssessmentId(readable(assessmentId).getId());
    }

    /**
     * Posts a comment (markdown, at most {@value #MAX_LENGTH} characters) to an assessment's
     * thread: delegation members, the review's coordinator and approvers who may see the review,
     * while it runs. Audited with the text as typed.
     */
    @Transactional
    public AssessmentCommentView postComment(long assessmentId, String markdown) {
        Assessment assessment = find(assessmentId);
        ConsensusAccess.Viewer viewer = access.require(assessment.reviewId());
        requireReadable(viewer, assessment);
        if (!viewer.mayComment()) {
            throw new NotAllowedException("You may read the comments on the assessments of " + viewer.referenceCode()
                    + " but not post them.");
        }
        new InvalidInputException.Collector()
                .rejectIf(TextInput.blank(markdown), "text", "Write your comment first")
                .rejectIf(markdown != null && markdown.length() > MAX_LENGTH, "text",
                        "At most " + MAX_LENGTH + " characters")
                .rejectIf(TextInput.unreadable(markdown), "text", TextInput.UNREADABLE)
                .throwIfAny();
        String body = markdown.strip();
        AssessmentComment comment = comments.save(new AssessmentComment(assessment.getId(), assessment.reviewId(),
                viewer.username(), body, clock.instant()));
        String authorName = users.displayName(viewer.username());
        audit.record(AuditEntry.of(viewer.username(), "assessment.commented", assessment.reviewId(),
                "AssessmentComment", comment.id(), authorName + " commented on the "
                        + partnerships.institution(assessment.institutionId()).acronym() + " assessment by "
                        + users.displayName(assessment.assessor()))
                .withDetail(null, body));
        return view(comment, authorName);
    }

    private Assessment readable(long assessmentId) {
        Assessment assessment = find(assessmentId);
        requireReadable(access.require(assessment.reviewId()), assessment);
        return assessment;
    }

    private static void requireReadable(ConsensusAccess.Viewer viewer, Assessment assessment) {
        if (!ConsensusAccess.mayRead(viewer, assessment)) {
            throw new NotAllowedException("This assessment is not submitted yet; until then only its assessor sees it.");
        }
    }

    private Assessment find(long assessmentId) {
        return assessments.findById(assessmentId)
                .orElseThrow(() -> new NotFoundException("This assessment does not exist."));
    }

    private static AssessmentCommentView view(AssessmentComment comment, String authorName) {
        return new AssessmentCommentView(comment.id(), comment.assessmentId(), comment.author(), authorName,
                comment.postedAt(), comment.body(), Markdown.toHtml(comment.body()));
    }
}
