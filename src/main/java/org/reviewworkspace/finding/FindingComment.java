package org.reviewworkspace.finding;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A comment on a finding, kept as the raw markdown its author typed and rendered through
 * {@link org.reviewworkspace.base.Markdown} only when shown. One tied to a sign-off is the
 * approver's change request on that finding. Never edited, so it carries no version.
 */
@Entity
@Table(name = "finding_comment")
class FindingComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long findingId;
    private Long reviewId;
    private String author;
    private String body;
    private Instant postedAt;
    private Long signOffId;

    protected FindingComment() {
    }

    FindingComment(Long findingId, Long reviewId, String author, String body, Instant postedAt, Long signOffId) {
        this.findingId = findingId;
        this.reviewId = reviewId;
        this.author = author;
        this.body = body;
        this.postedAt = postedAt;
        this.signOffId = signOffId;
    }

    Long id() {
        return id;
    }

    Long findingId() {
        return findingId;
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

    /** Whether an approver asked for this change when deciding on the findings. */
    boolean changeRequest() {
        return signOffId != null;
    }
}
