package org.reviewworkspace.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

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
    @Version
    private long version;

    protected Criterion() {
    }

    Criterion(Long reviewId, int position, String name, String guidance) {
        this.reviewId = reviewId;
        this.position = position;
        this.name = name;
        this.guidance = guidance;
    }

    /** Renames, re-guides or moves the criterion; returns whether its name or guidance changed. */
    boolean edit(int position, String name, String guidance) {
        boolean changed = !name.equals(this.name) || !java.util.Objects.equals(guidance, this.guidance);
        this.position = position;
        this.name = name;
        this.guidance = guidance;
        return changed;
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

    Long reviewId() {
        return reviewId;
    }

    long version() {
        return version;
    }
}
