package org.reviewworkspace.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A coordinator's update of a follow-up item between reviews, with the reason; the service checks it again. */
public class FollowUpEdit {

    @NotNull(message = "Choose a status")
    private FollowUpStatus status;
    @Size(max = FollowUpService.MAX_OWNER, message = "At most " + FollowUpService.MAX_OWNER + " characters")
    private String owner;
    private LocalDate targetDate;
    @NotBlank(message = "Say what changed, e.g. the partner's progress report")
    @Size(max = FollowUpService.MAX_TEXT, message = "At most " + FollowUpService.MAX_TEXT + " characters")
    private String note;

    public FollowUpEdit() {
    }

    /** The item as it stands, with an empty note. */
    public static FollowUpEdit of(FollowUpItem item) {
        FollowUpEdit edit = new FollowUpEdit();
        edit.status = item.status();
        edit.owner = item.owner();
        edit.targetDate = item.targetDate();
        return edit;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public void setStatus(FollowUpStatus status) {
        this.status = status;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
