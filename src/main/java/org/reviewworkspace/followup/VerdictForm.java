package org.reviewworkspace.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an assessor enters to verify a follow-up item: the service checks it again. */
public class VerdictForm {

    @NotNull(message = "Choose what the delegation found")
    private Verdict verdict;
    @NotBlank(message = "Say what you saw, read or were told that supports the verdict")
    @Size(max = FollowUpService.MAX_TEXT, message = "At most " + FollowUpService.MAX_TEXT + " characters")
    private String evidence;

    public VerdictForm() {
    }

    public VerdictForm(Verdict verdict, String evidence) {
        this.verdict = verdict;
        this.evidence = evidence;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
