package org.reviewworkspace.review;

import java.util.List;

/** The review page's overview: the review, its partnership, its people and what is open now. */
public record ReviewDetails(ReviewSummary review, String objectives, String partnershipName,
                            String coordinatorName, List<Member> delegation, List<OpenTask> openTasks,
                            boolean mayCancel) {

    /** A delegation member with the name people read. */
    public record Member(String username, String displayName, MemberRole role) {
    }

    /** A task of the review's process that is open now. */
    public record OpenTask(String name, String assigneeName) {
    }
}
