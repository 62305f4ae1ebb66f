package org.reviewworkspace.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One assessor's assessment of one institution in one review. */
@Entity
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long reviewId;
    private Long institutionId;
    private Long assignmentId;
    private String assessor;
    @Enumerated(EnumType.STRING)
    private AssessmentStatus status = AssessmentStatus.DRAFT;
    private String narrative;
    private Instant savedAt;
    private Instant submittedAt;
    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CriterionScore> scores = new ArrayList<>();
    @Version
    private long version;

    protected Assessment() {
    }

    Assessment(Long reviewId, Long institutionId, Long assignmentId, String assessor) {
        this.reviewId = reviewId;
        this.institutionId = institutionId;
        this.assignmentId = assignmentId;
        this.assessor = assessor;
    }

    void update(AssessmentForm form, Instant now) {
        this.narrative = form.getNarrative();
        for (AssessmentForm.Score entry : form.getScores()) {
            CriterionScore score = scores.stream().filter(s -> s.criterionId().equals(entry.getCriterionId()))
                    .findFirst().orElseGet(() -> {
                        CriterionScore created = new CriterionScore(this, entry.getCriterionId());
                        scores.add(created);
                        return created;
                    });
            score.set(entry.getScore(), entry.isNotApplicable(), entry.getRationale());
        }
        this.savedAt = now;
    }

    void submit(Instant now) {
        this.status = AssessmentStatus.SUBMITTED;
        this.submittedAt = now;
    }

    /** Back to a draft: the coordinator reopened the submitted assessment for its assessor. */
    void reopen() {
        this.status = AssessmentStatus.DRAFT;
        this.submittedAt = null;
    }

    Long getId() {
        return id;
    }

    Long assignmentId() {
        return assignmentId;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Long reviewId() {
        return reviewId;
    }

    Long institutionId() {
        return institutionId;
    }

    String assessor() {
        return assessor;
    }

    AssessmentStatus status() {
        return status;
    }

    String narrative() {
        return narrative;
    }

    Instant savedAt() {
        return savedAt;
    }

    List<CriterionScore> scores() {
        return scores;
    }

    long version() {
        return version;
    }
}
