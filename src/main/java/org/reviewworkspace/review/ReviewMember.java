package org.reviewworkspace.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A member of a review's delegation; membership decides what an assessor may see. */
@Entity
@Table(name = "review_member")
class ReviewMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Review review;
    private String username;
    @Enumerated(EnumType.STRING)
    private MemberRole role;

    protected ReviewMember() {
    }

    ReviewMember(Review review, String username, MemberRole role) {
        this.review = review;
        this.username = username;
        this.role = role;
    }

    String username() {
        return username;
    }

    MemberRole role() {
        return role;
    }
}
