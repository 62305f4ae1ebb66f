package org.reviewworkspace.assessment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.partnership.InstitutionSummary;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.visit.AssignmentInfo;
import org.reviewworkspace.visit.VisitService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consensus of a review's assessors on one institution: every assessor's score per
 * criterion side by side, with mean, range and where they disagree. Reads only; the comment
 * threads on the assessments are in {@link AssessmentCommentService}.
 */
@Service
public class ConsensusService {

    private final AssessmentRepository assessments;
    private final CriterionRepository criteria;
    private final ConsensusAccess access;
    private final VisitService visits;
    private final PartnershipService partnerships;
    private final UserDirectory users;

    ConsensusService(AssessmentRepository assessments, CriterionRepository criteria, ConsensusAccess access,
                     VisitService visits, PartnershipService partnerships, UserDirectory users) {
        this.assessments = assessments;
        this.criteria = criteria;
        this.access = access;
        this.visits = visits;
        this.partnerships = partnerships;
        this.users = users;
    }

    /**
     * The institutions of a review that have assessors, by acronym, to choose a consensus from;
     * refuses users who may not read the review's assessments.
     */
    @Transactional(readOnly = true)
    public List<ConsensusInstitution> institutions(long reviewId) {
        access.require(reviewId);
        return visits.overview(reviewId).assignments().stream()
                .collect(Collectors.toMap(AssignmentInfo::institutionId, a -> new ConsensusInstitution(
                        a.institutionId(), a.institutionAcronym(), a.institutionName()), (a, b) -> a))
                .values().stream().sorted(Comparator.comparing(ConsensusInstitution::acronym)).toList();
    }

    /**
     * Every assessor's score of {@code institutionId} per criterion, with mean, minimum, maximum
     * and a disagreement flag. Refuses users who may not read the review's assessments; shows
     * submitted assessments, and to its author also their own draft.
     */
    @Transactional(readOnly = true)
    public Consensus consensus(long reviewId, long institutionId) {
        ConsensusAccess.Viewer viewer = access.require(reviewId);
        List<Assessment> visible = assessments.findByReviewIdOrderById(reviewId).stream()
                .filter(a -> a.institutionId().equals(institutionId))
                .filter(a -> ConsensusAccess.mayRead(viewer, a)).toList();
        Map<String, String> names = users.displayNames(visible.stream().map(Assessment::assessor).toList());
        List<ConsensusAssessment> columns = visible.stream()
                .map(a -> new ConsensusAssessment(a.getId(), a.assessor(), names.get(a.assessor()), a.submittedAt(),
                        a.assessor().equals(viewer.username())))
                .sorted(Comparator.comparing(ConsensusAssessment::assessorName)).toList();
        List<ConsensusRow> rows = criteria.findByReviewIdOrderByPosition(reviewId).stream()
                .map(criterion -> new ConsensusRow(criterion.id(), criterion.name(), visible.stream()
                        .map(a -> cell(a, criterion)).flatMap(Optional::stream).toList()))
                .toList();
        return new Consensus(reviewId, institution(viewer, institutionId), columns, rows, viewer.mayComment());
    }

    /**
     * The mean submitted score of every institution of a review per criterion, by acronym: what
     * the comparison of two reviews and the report set side by side. Drafts never count. For
     * callers that check their own permissions first.
     */
    @Transactional(readOnly = true)
    public List<InstitutionScores> submittedScores(long reviewId) {
        List<Assessment> submitted = assessments.findByReviewIdOrderById(reviewId).stream()
                .filter(a -> a.status() == AssessmentStatus.SUBMITTED).toList();
        Map<Long, List<Assessment>> byInstitution = submitted.stream()
                .collect(Collectors.groupingBy(Assessment::institutionId));
        Map<Long, InstitutionSummary> institutions = partnerships.institutions(byInstitution.keySet());
        List<Criterion> template = criteria.findByReviewIdOrderByPosition(reviewId);
        return byInstitution.entrySet().stream().map(entry -> {
            Map<String, BigDecimal> means = new LinkedHashMap<>();
            for (Criterion criterion : template) {
                new ConsensusRow(criterion.id(), criterion.name(), entry.getValue().stream()
                        .map(a -> cell(a, criterion)).flatMap(Optional::stream).toList())
                        .mean().ifPresent(mean -> means.put(criterion.name(), mean));
            }
            InstitutionSummary institution = institutions.get(entry.getKey());
            return new InstitutionScores(entry.getKey(), institution.acronym(), institution.name(), means,
                    entry.getValue().size());
        }).sorted(Comparator.comparing(InstitutionScores::acronym)).toList();
    }

    private ConsensusInstitution institution(ConsensusAccess.Viewer viewer, long institutionId) {
        InstitutionSummary institution = partnerships.institutions(List.of(institutionId)).get(institutionId);
        if (institution == null || !institution.partnershipId().equals(viewer.partnershipId())) {
            throw new NotFoundException("This institution is not part of the review.");
        }
        return new ConsensusInstitution(institution.id(), institution.acronym(), institution.name());
    }

    private static Optional<ConsensusCell> cell(Assessment assessment, Criterion criterion) {
        return assessment.scores().stream().filter(s -> s.criterionId().equals(criterion.id())).findFirst()
                .map(s -> new ConsensusCell(assessment.getId(), s.score(), s.notApplicable(), s.rationale()));
    }
}
