package org.reviewworkspace.signoff;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may not sign off a review's findings, declared in configuration as
 * {@code review.sign-off.excluded}, e.g. {@code consolidator, finding-authors}.
 *
 * @param excluded the groups of people kept from signing off; empty means any approver may
 */
@ConfigurationProperties("review.sign-off")
public record FourEyesRule(@DefaultValue({"consolidator", "finding-authors", "coordinator"}) List<Excluded> excluded) {

    /** A group of people a four-eyes rule may keep from signing off. */
    public enum Excluded {
        /** Whoever edited or added findings during consolidation, or sent the set for sign-off. */
        CONSOLIDATOR("you consolidated these findings"),
        /** The assessors who raised findings in their assessments. */
        FINDING_AUTHORS("you raised some of these findings"),
        /** Every member of the review's delegation. */
        DELEGATION_MEMBERS("you are a member of the review's delegation"),
        /** The review's coordinator. */
        COORDINATOR("you coordinate this review");

        private final String reason;

        Excluded(String reason) {
            this.reason = reason;
        }

        /** Why a person in this group is refused, as the end of a sentence. */
        public String reason() {
            return reason;
        }
    }
}
