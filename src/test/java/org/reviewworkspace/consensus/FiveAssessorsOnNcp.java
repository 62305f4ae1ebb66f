package org.reviewworkspace.consensus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import org.reviewworkspace.assessment.AssessmentForm;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.assessment.ConsensusInstitution;
import org.reviewworkspace.assessment.ConsensusService;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.visit.PlanForm;
import org.reviewworkspace.visit.VisitService;

/**
 * The 2025 review planned from 24 August 2025, then replanned by the coordinator so that all
 * five delegation members assess NCP: the lead scores 4 throughout, member 1 scores 5, member 2
 * scores 2 on the first criterion and 4 on the rest (all three submit); member 3 keeps a draft
 * of 1s; member 4 has not started. Imported by the tests that need it, which also gives them a
 * context of their own, with the 2025 review untouched.
 */
class FiveAssessorsOnNcp {

    static final String REVIEW_2025 = "REV-2025-PK-01";

    private final ReferenceScenario scenario;
    private final Acting acting;
    private final ReviewService reviews;
    private final VisitService visits;
    private final AssessmentService assessments;
    private final ConsensusService consensus;
    private final InboxService inbox;

    FiveAssessorsOnNcp(ReferenceScenario scenario, Acting acting, ReviewService reviews, VisitService visits,
                       AssessmentService assessments, ConsensusService consensus, InboxService inbox) {
        this.scenario = scenario;
        this.acting = acting;
        this.reviews = reviews;
        this.visits = visits;
        this.assessments = assessments;
        this.consensus = consensus;
        this.inbox = inbox;
    }

    /** Builds the situation; returns the review and the institution id of NCP. */
    Result build() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        acting.run("coordinator", () -> {
            PlanForm form = visits.openReplan(review.id()).form();
            form.getInstitutions().stream().filter(v -> v.getLabel().startsWith("NCP ")).findFirst().orElseThrow()
                    .setAssessors(Set.of("lead", "assessor1", "assessor2", "assessor3", "assessor4"));
            visits.replan(review.id(), form);
        });
        assess("lead", 4, 4, true);
        assess("assessor1", 5, 5, true);
        assess("assessor2", 2, 4, true);
        assess("assessor3", 1, 1, false);
        long ncp = acting.as("coordinator", () -> consensus.institutions(review.id())).stream()
                .filter(i -> i.acronym().equals("NCP")).findFirst().map(ConsensusInstitution::institutionId)
                .orElseThrow();
        return new Result(review, ncp);
    }

    /** {@code assessor} scores NCP: {@code first} on the first criterion, {@code others} on the rest. */
    private void assess(String assessor, int first, int others, boolean submit) {
        acting.run(assessor, () -> {
            InboxItem task = inbox.page(0, 100).stream()
                    .filter(t -> t.reviewCode().equals(REVIEW_2025) && t.route().contains("/AssessInstitution/")
                            && t.institution().equals("NCP"))
                    .findFirst().orElseThrow(() -> new AssertionError("No NCP task for " + assessor));
            AssessmentForm form = assessments.openAssessment(task.taskId()).form();
            int i = 0;
            for (AssessmentForm.Score score : form.getScores()) {
                score.setScore(i++ == 0 ? first : others);
                score.setRationale("Seen at NCP by " + assessor + " during the visit.");
            }
            form.setNarrative("The delegation met the management and researchers of NCP.");
            form.setFindings(new ArrayList<>());
            if (submit) {
                assessments.submit(task.taskId(), form);
            } else {
                assessments.saveDraft(task.taskId(), form);
            }
        });
    }

    record Result(ReviewSummary review, long ncp) {
    }
}
