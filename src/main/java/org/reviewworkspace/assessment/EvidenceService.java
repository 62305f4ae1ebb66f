package org.reviewworkspace.assessment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.visit.AssignmentInfo;
import org.reviewworkspace.visit.VisitService;
import org.reviewworkspace.workflow.ReviewProcess;
import org.reviewworkspace.workflow.TaskRef;
import org.reviewworkspace.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence attached to assessments. Only the assessor holding the open "Assess institution" task
 * may add or remove files, and only before submitting; everyone who may see the review may list
 * and download them. Files are accepted by what their bytes are (see {@link EvidenceTypes}),
 * never by their name, and their SHA-256 is checked again whenever they are read.
 */
@Service
public class EvidenceService {

    /** The field name under which upload refusals are reported, for the form to place them. */
    public static final String FILE_FIELD = "file";

    private static final Logger log = LoggerFactory.getLogger(EvidenceService.class);

    private final AttachmentRepository attachments;
    private final AttachmentContentRepository contents;
    private final AssessmentRepository assessments;
    private final VisitService visits;
    private final ReviewService reviews;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final Workflow workflow;
    private final AuditService audit;
    private final Clock clock;
    private final long maxSize;

    EvidenceService(AttachmentRepository attachments, AttachmentContentRepository contents,
                    AssessmentRepository assessments, VisitService visits, ReviewService reviews,
                    CurrentUser currentUser, UserDirectory users, Workflow workflow, AuditService audit, Clock clock,
                    @Value("${review.evidence.max-size:25MB}") DataSize maxSize) {
        this.attachments = attachments;
        this.contents = contents;
        this.assessments = assessments;
        this.visits = visits;
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.users = users;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
        this.maxSize = maxSize.toBytes();
    }

    /** The largest file accepted, in bytes ({@code review.evidence.max-size}, 25 MB unless configured). */
    public long maxSize() {
        return maxSize;
    }

    /** The evidence of the assessment behind an open "Assess institution" task, for its assessor. */
    @Transactional(readOnly = true)
    public List<EvidenceItem> list(String taskId) {
        AssignmentInfo assignment = requireAssessor(taskId);
        return assessments.findByAssignmentId(assignment.id())
                .map(a -> items(attachments.findByAssessmentIdOrderByUploadedAtAscIdAsc(a.getId())))
                .orElse(List.of());
    }

    /**
     * Attaches a file to the assessment of an open "Assess institution" task (its assessor only,
     * before submission). Refuses, storing nothing, a file that is too large, empty, of a type not
     * on the allow-list (judged from its content), without a usable name, or already attached.
     */
    @Transactional
    public EvidenceItem upload(String taskId, String fileName, byte[] content) {
        AssignmentInfo assignment = requireAssessor(taskId);
        Assessment existing = assessments.findByAssignmentId(assignment.id()).orElse(null);
        requireDraft(existing);
        String name = EvidenceNames.sanitise(fileName).orElseThrow(() -> new InvalidInputException(FILE_FIELD,
                "The file name has nothing usable left once folders and control characters are removed; "
                        + "rename the file and upload it again."));
        if (content == null || content.length > maxSize) {
            throw new InvalidInputException(FILE_FIELD, name + " is " + sizeText(content == null ? 0 : content.length)
                    + "; files may be at most " + sizeText(maxSize) + ".");
        }
        EvidenceTypes.Verdict verdict = EvidenceTypes.sniff(name, content);
        if (!verdict.accepted()) {
            throw new InvalidInputException(FILE_FIELD, verdict.refusal());
        }
        String sha256 = sha256(content);
        if (existing != null) {
            attachments.findFirstByAssessmentIdAndSha256(existing.getId(), sha256).ifPresent(earlier -> {
                throw new InvalidInputException(FILE_FIELD, name + " is the same file as \u201c" + earlier.fileName()
                        + "\u201d, uploaded by " + users.displayName(earlier.uploadedBy()) + " on "
                        + Times.dateTime(earlier.uploadedAt()) + "; it is attached already.");
            });
        }
        Assessment assessment = existing != null ? existing : assessments.save(new Assessment(assignment.reviewId(),
                assignment.institutionId(), assignment.id(), assignment.assessor()));
        String uploader = currentUser.username();
        Attachment attachment = attachments.saveAndFlush(new Attachment(assessment.getId(), assignment.reviewId(), name,
                verdict.contentType(), content.length, sha256, uploader, clock.instant()));
        contents.save(new AttachmentContent(attachment.getId(), content));
        audit.record(AuditEntry.of(uploader, "evidence.uploaded", assignment.reviewId(), "Attachment",
                attachment.getId(), users.displayName(uploader) + " attached \u201c" + name + "\u201d ("
                        + EvidenceTypes.label(verdict.contentType()) + ", " + sizeText(content.length) + ") to the "
                        + assignment.institutionAcronym() + " assessment")
                .withDetail(null, "SHA-256 " + sha256));
        return items(List.of(attachment)).get(0);
    }

    /** Removes a file from the assessment of an open "Assess institution" task (its assessor only, before submission). */
    @Transactional
    public void delete(String taskId, long attachmentId) {
        AssignmentInfo assignment = requireAssessor(taskId);
        Attachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new NotFoundException("This file has already been removed."));
        Assessment assessment = assessments.findByAssignmentId(assignment.id()).orElse(null);
        if (assessment == null || !assessment.getId().equals(attachment.assessmentId())) {
            throw new NotAllowedException("This file belongs to another assessment.");
        }
        requireDraft(assessment);
        contents.deleteById(attachmentId);
        attachments.delete(attachment);
        String actor = currentUser.username();
        audit.record(AuditEntry.of(actor, "evidence.deleted", assignment.reviewId(), "Attachment", attachmentId,
                users.displayName(actor) + " removed \u201c" + attachment.fileName() + "\u201d from the "
                        + assignment.institutionAcronym() + " assessment")
                .withDetail("SHA-256 " + attachment.sha256(), null));
    }

    /** All evidence of a review, by institution and upload; refuses users who may not see the review. */
    @Transactional(readOnly = true)
    public List<EvidenceItem> evidenceOf(long reviewId) {
        reviews.details(reviewId);
        return items(attachments.findByReviewIdOrderByUploadedAtAscIdAsc(reviewId)).stream()
                .sorted(Comparator.comparing(EvidenceItem::institution)).toList();
    }

    /** The evidence of one assessment; refuses users who may not see its review. */
    @Transactional(readOnly = true)
    public List<EvidenceItem> evidenceOfAssessment(long assessmentId) {
        Assessment assessment = assessments.findById(assessmentId)
                .orElseThrow(() -> new NotFoundException("This assessment does not exist."));
        reviews.details(assessment.reviewId());
        return items(attachments.findByAssessmentIdOrderByUploadedAtAscIdAsc(assessmentId));
    }

    /**
     * The bytes of one file for everyone who may see its review, after checking them against the
     * SHA-256 taken at upload; a mismatch is logged, recorded in the audit trail and refused.
     */
    @Transactional(readOnly = true)
    public EvidenceFile download(long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new NotFoundException("This file does not exist (any more)."));
        reviews.details(attachment.reviewId());
        byte[] content = contents.findById(attachmentId).map(AttachmentContent::content).orElse(new byte[0]);
        if (!sha256(content).equals(attachment.sha256())) {
            log.error("Attachment {} (\"{}\", review {}) fails its checksum: stored SHA-256 {}, content hashes to {}",
                    attachmentId, attachment.fileName(), attachment.reviewId(), attachment.sha256(), sha256(content));
            audit.recordAlone(AuditEntry.of(currentUser.username(), "evidence.checksum-mismatch",
                    attachment.reviewId(), "Attachment", attachmentId, "\u201c" + attachment.fileName()
                            + "\u201d failed its integrity check and was not handed out"));
            throw new EvidenceCorruptedException("\u201c" + attachment.fileName() + "\u201d cannot be downloaded: "
                    + "its stored content no longer matches the checksum taken at upload, so it may have been damaged "
                    + "or altered. This has been logged; please tell an administrator.");
        }
        return new EvidenceFile(attachment.fileName(), attachment.contentType(), content,
                EvidenceTypes.previewable(attachment.contentType()));
    }

    /** A size for people, e.g. "830 bytes", "12.4 KB", "25 MB". */
    public static String sizeText(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return format(kb) + " KB";
        }
        return format(kb / 1024.0) + " MB";
    }

    private static String format(double value) {
        // rounded up, so that a file just over a limit never reads as the limit itself
        double tenths = Math.ceil(value * 10) / 10;
        return tenths == Math.rint(tenths) ? String.valueOf((long) tenths) : String.format(Locale.ROOT, "%.1f", tenths);
    }

    private AssignmentInfo requireAssessor(String taskId) {
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.ASSESS_INSTITUTION);
        AssignmentInfo assignment = visits.assignment(task.assignmentId());
        if (!assignment.assessor().equals(currentUser.username())) {
            throw new NotAllowedException("This assessment belongs to another assessor.");
        }
        return assignment;
    }

    private static void requireDraft(Assessment assessment) {
        if (assessment != null && assessment.status() == AssessmentStatus.SUBMITTED) {
            throw new NotAllowedException("This assessment has been submitted; its evidence can no longer change.");
        }
    }

    private List<EvidenceItem> items(List<Attachment> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Assessment> byId = assessments.findAllById(found.stream().map(Attachment::assessmentId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Assessment::getId, a -> a));
        Map<Long, AssignmentInfo> assignments = visits.assignments(byId.values().stream()
                .map(Assessment::assignmentId).collect(Collectors.toSet()));
        Collection<String> people = found.stream().flatMap(a -> Stream.of(a.uploadedBy(),
                byId.get(a.assessmentId()).assessor())).collect(Collectors.toSet());
        Map<String, String> names = users.displayNames(people);
        return found.stream().map(a -> {
            Assessment assessment = byId.get(a.assessmentId());
            AssignmentInfo assignment = assignments.get(assessment.assignmentId());
            return new EvidenceItem(a.getId(), a.assessmentId(),
                    assignment == null ? "" : assignment.institutionAcronym(),
                    names.getOrDefault(assessment.assessor(), assessment.assessor()), a.fileName(), a.contentType(),
                    EvidenceTypes.label(a.contentType()), a.size(), a.sha256(),
                    names.getOrDefault(a.uploadedBy(), a.uploadedBy()), a.uploadedAt(),
                    EvidenceTypes.previewable(a.contentType()));
        }).toList();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
