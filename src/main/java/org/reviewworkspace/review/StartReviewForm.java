package org.reviewworkspace.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a coordinator types to start a review. */
public class StartReviewForm {

    @NotNull(message = "Choose the partnership under review")
    private Long partnershipId;
    @NotBlank(message = "Give the review a title")
    @Size(max = 300, message = "At most 300 characters")
    private String title = "";
    @Size(max = 4000, message = "At most 4000 characters")
    private String objectives = "";
    @NotNull(message = "Enter the year of the review")
    @Min(value = 2000, message = "Enter a year from 2000 on")
    @Max(value = 2100, message = "Enter a year before 2100")
    private Integer year;

    private boolean scopeFromPrevious = true;

    public Long getPartnershipId() {
        return partnershipId;
    }

    public void setPartnershipId(Long partnershipId) {
        this.partnershipId = partnershipId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    /** Whether to take institutions, criteria and delegation from the partnership's previous review. */
    public boolean isScopeFromPrevious() {
        return scopeFromPrevious;
    }

    public void setScopeFromPrevious(boolean scopeFromPrevious) {
        this.scopeFromPrevious = scopeFromPrevious;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
