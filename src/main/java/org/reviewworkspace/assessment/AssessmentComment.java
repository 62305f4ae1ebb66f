package org.reviewworkspace.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A comment on an assessment, kept as the raw markdown its author typed; it is never edited, so
 * it carries no version. Rendered through {@link org.reviewworkspace.base.Markdown} when
 * shown.
 */
@Entity
@Table(name = "assessment_comment")
class AssessmentComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assessmentId;
    private Long reviewId;
    private String author;
    private String body;
    private Instant postedAt;

    protected AssessmentComment() {
    }

    AssessmentComment(Long assessmentId, Long reviewId, String author, String body, Instant postedAt) {
        this.assessmentId = assessmentId;
        this.reviewId = reviewId;
        this.author = author;
        this.body = body;
        this.postedAt = postedAt;
    }

    Long id() {
        return id;
    }

    Long assessmentId() {
        return assessmentId;
    }

    String author() {
        return author;
    }

    String body() {
        return body;
    }

    Instant postedAt() {
        return postedAt;
    }
}
