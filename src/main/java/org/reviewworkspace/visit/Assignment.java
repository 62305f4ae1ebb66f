package org.reviewworkspace.visit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One assessor assessing one institution; the process creates one assessment task per assignment. */
@Entity
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private VisitPlan visitPlan;
    private Long institutionId;
    private String assessor;

    protected Assignment() {
    }

    Assignment(VisitPlan visitPlan, Long institutionId, String assessor) {
        this.visitPlan = visitPlan;
        this.institutionId = institutionId;
        this.assessor = assessor;
    }

    Long id() {
        return id;
    }

    VisitPlan visitPlan() {
        return visitPlan;
    }

    Long institutionId() {
        return institutionId;
    }

    String assessor() {
        return assessor;
    }
}
