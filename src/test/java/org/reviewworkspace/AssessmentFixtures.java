package org.reviewworkspace;

import java.util.ArrayList;
import java.util.List;
import org.reviewworkspace.assessment.AssessmentForm;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.finding.FindingDraft;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.Priority;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.workflow.ReviewProcess;

/** An assessor's work done through the services, as the form would do it, for tests of what others see. */
public final class AssessmentFixtures {

    private AssessmentFixtures() {
    }

    /** The first open "Assess institution" task of {@code username} on the review. */
    public static InboxItem assessmentTaskOf(Acting acting, InboxService inbox, String username, String referenceCode) {
        return acting.as(username, () -> inbox.page(0, 50).stream()
                .filter(t -> t.reviewCode().equals(referenceCode)
                        && t.route().contains("/" + ReviewProcess.ASSESS_INSTITUTION + "/"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No assessment of " + referenceCode + " for " + username)));
    }

    /** {@code username} scores, explains and submits their first assessment of the review; returns its task. */
    public static InboxItem submitFirstAssessment(Acting acting, InboxService inbox, AssessmentService assessments,
                                                  String username, String referenceCode) {
        InboxItem task = assessmentTaskOf(acting, inbox, username, referenceCode);
        acting.run(username, () -> assessments.submit(task.taskId(), completeForm(assessments, task)));
        return task;
    }

    /**
     * The current user's form of the assessment {@code task} as they would submit it: every
     * criterion scored and explained, a narrative and one finding.
     */
    public static AssessmentForm completeForm(AssessmentService assessments, InboxItem task) {
        AssessmentForm form = assessments.openAssessment(task.taskId()).form();
        for (AssessmentForm.Score score : form.getScores()) {
            score.setScore(4);
            score.setRationale("Observed during the visit to " + task.institution() + ".");
        }
        form.setNarrative("The delegation met the management and research staff of " + task.institution() + ".");
        form.setFindings(new ArrayList<>(List.of(new FindingDraft(FindingType.STRENGTH, Priority.MEDIUM,
                task.institution() + " trains students who take part in collaboration experiments."))));
        return form;
    }
}
