package org.reviewworkspace.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An assessor's score of one criterion, 1 (weak) to 5 (excellent) or N/A, with the reasons. */
@Entity
@Table(name = "criterion_score")
class CriterionScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Assessment assessment;
    private Long criterionId;
    private Integer score;
    private boolean notApplicable;
    private String rationale;

    protected CriterionScore() {
    }

    CriterionScore(Assessment assessment, Long criterionId) {
        this.assessment = assessment;
        this.criterionId = criterionId;
    }

    void set(Integer score, boolean notApplicable, String rationale) {
        this.score = notApplicable ? null : score;
        this.notApplicable = notApplicable;
        this.rationale = rationale;
    }

    Long criterionId() {
        return criterionId;
    }

    Integer score() {
        return score;
    }

    /** Whether the assessor judged the criterion not applicable to the institution; the rationale says why. */
    boolean notApplicable() {
        return notApplicable;
    }

    String rationale() {
        return rationale;
    }
}
