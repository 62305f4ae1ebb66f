package org.reviewworkspace.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An assessor's score of one criterion, 1 (weak) to 5 (excellent), with the reasons. */
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
    private String rationale;

    protected CriterionScore() {
    }

    CriterionScore(Assessment assessment, Long criterionId) {
        this.assessment = assessment;
        this.criterionId = criterionId;
    }

    void set(Integer score, String rationale) {
        this.score = score;
        this.rationale = rationale;
    }

    Long criterionId() {
        return criterionId;
    }

    Integer score() {
        return score;
    }

    String rationale() {
        return rationale;
    }
}
