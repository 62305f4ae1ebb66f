package org.reviewworkspace.review;

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
import java.util.Map;
import java.util.Optional;

/** One review of a partnership: the record everyone works from, from request to publication. */
@Entity
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String referenceCode;
    private String title;
    private String objectives;
    private Long partnershipId;
    private Long previousReviewId;
    @Enumerated(EnumType.STRING)
    private ReviewStatus status;
    private String processInstanceId;
    private String coordinator;
    private Instant createdAt;
    private Instant publishedAt;
    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ReviewMember> members = new ArrayList<>();
    @Version
    private long version;

    protected Review() {
    }

    Review(String referenceCode, String title, String objectives, Long partnershipId, Long previousReviewId,
           String coordinator, Instant createdAt) {
        this.referenceCode = referenceCode;
        this.title = title;
        this.objectives = objectives;
        this.partnershipId = partnershipId;
        this.previousReviewId = previousReviewId;
        this.coordinator = coordinator;
        this.createdAt = createdAt;
        this.status = ReviewStatus.PLANNING;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void moveTo(ReviewStatus status, Instant when) {
        this.status = status;
        if (status == ReviewStatus.PUBLISHED) {
            this.publishedAt = when;
        }
    }

    /** Replaces the delegation; {@code members} maps username to role. */
    void replaceDelegation(Map<String, MemberRole> delegation) {
        members.removeIf(m -> !delegation.containsKey(m.username()) || delegation.get(m.username()) != m.role());
        delegation.forEach((username, role) -> {
            if (members.stream().noneMatch(m -> m.username().equals(username))) {
                members.add(new ReviewMember(this, username, role));
            }
        });
    }

    boolean isMember(String username) {
        return members.stream().anyMatch(m -> m.username().equals(username));
    }

    Optional<String> lead() {
        return members.stream().filter(m -> m.role() == MemberRole.LEAD).map(ReviewMember::username).findFirst();
    }

    List<ReviewMember> members() {
        return members;
    }

    public Long getId() {
        return id;
    }

    public String getReferenceCode() {
        return referenceCode;
    }

    public String getTitle() {
        return title;
    }

    public String getObjectives() {
        return objectives;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public Long getPreviousReviewId() {
        return previousReviewId;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public String getCoordinator() {
        return coordinator;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
