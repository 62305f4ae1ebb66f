package org.reviewworkspace.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One thing every institution of a review is scored on, with guidance for assessors. */
@Entity
class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long reviewId;
    private int position;
    private String name;
    private String guidance;

    protected Criterion() {
    }

    Criterion(Long reviewId, int position, String name, String guidance) {
        this.reviewId = reviewId;
        this.position = position;
        this.name = name;
        this.guidance = guidance;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String guidance() {
        return guidance;
    }

    int position() {
        return position;
    }
}
