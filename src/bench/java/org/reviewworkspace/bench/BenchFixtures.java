package org.reviewworkspace.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reviewworkspace.assessment.AssessmentForm;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.finding.FindingDraft;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.Priority;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.review.StartReviewForm;
import org.reviewworkspace.visit.PlanForm;
import org.reviewworkspace.visit.Slot;
import org.reviewworkspace.visit.VisitService;
import org.reviewworkspace.workflow.ReviewProcess;
import org.springframework.context.ApplicationContext;

/** Builds the benchmarks' data through the services, as the users of the reference scenario. */
final class BenchFixtures {

    final Acting acting;
    final PartnershipService partnerships;
    final ReviewService reviews;
    final VisitService visits;
    final InboxService inbox;

    BenchFixtures(ApplicationContext app) {
        this.acting = app.getBean(Acting.class);
        this.partnerships = app.getBean(PartnershipService.class);
        this.reviews = app.getBean(ReviewService.class);
        this.visits = app.getBean(VisitService.class);
        this.inbox = app.getBean(InboxService.class);
    }

    /** A partnership with {@code institutions} institutes named I01, I02, …; {@code code} makes its reference codes unique. */
    PartnershipSummary partnership(String name, String code, int institutions) {
        return acting.as("coordinator", () -> {
            PartnershipSummary partnership = partnerships.createPartnership(name, code, "Benchland",
                    "Benchland Atomic Energy Commission", "Benchmark programme", LocalDate.of(2015, 7, 31));
            for (int i = 1; i <= institutions; i++) {
                String acronym = String.format("I%02d", i);
                partnerships.addInstitution(partnership.id(), "Institute number " + i, acronym, "Capital",
                        "Research institute", null);
            }
            return partnership;
        });
    }

    ReviewSummary startReview(PartnershipSummary partnership, int year) {
        StartReviewForm form = new StartReviewForm();
        form.setPartnershipId(partnership.id());
        form.setYear(year);
        form.setTitle("Benchmark review " + year);
        form.setObjectives("Measure the review cycle.");
        return acting.as("coordinator", () -> reviews.startReview(form));
    }

    /**
     * Completes "Plan visit" with every institution of the partnership on a day of its own and
     * every delegation member assessing each of them: institutions × 5 assessments.
     */
    void planEveryoneEverywhere(ReviewSummary review, LocalDate start) {
        acting.run("coordinator", () -> {
            String taskId = tasksOf(review, ReviewProcess.PLAN_VISIT).get(0).taskId();
            PlanForm form = visits.openPlan(taskId).form();
            int days = form.getInstitutions().size();
            form.setStartDate(start);
            form.setEndDate(start.plusDays(days - 1));
            form.setLocation("Capital");
            form.setMembers(new LinkedHashSet<>(ReferenceScenario.DELEGATION));
            form.setLead(ReferenceScenario.DELEGATION_LEAD);
            int day = 0;
            for (PlanForm.InstitutionVisit visit : form.getInstitutions()) {
                visit.setPlanned(true);
                visit.setDate(start.plusDays(day++));
                visit.setSlot(Slot.FULL_DAY);
                visit.setAssessors(Set.copyOf(ReferenceScenario.DELEGATION));
                visit.setHostContact("Office of the director");
                visit.setAgenda("Briefing, tour, discussion with researchers.");
            }
            visits.completePlan(taskId, form);
        });
    }

    /** The tasks of {@code key} on {@code review} in the current user's inbox. */
    List<InboxItem> tasksOf(ReviewSummary review, String key) {
        List<InboxItem> found = new ArrayList<>();
        for (int offset = 0; ; offset += 200) {
            List<InboxItem> page = inbox.page(offset, 200);
            page.stream().filter(t -> t.reviewCode().equals(review.referenceCode()) && t.route().contains("/" + key + "/"))
                    .forEach(found::add);
            if (page.size() < 200) {
                return found;
            }
        }
    }

    /** A complete assessment form as {@link ReferenceScenario#submitAllAssessments} fills it in. */
    static void fillIn(AssessmentForm form, String institution) {
        int i = 0;
        for (AssessmentForm.Score score : form.getScores()) {
            score.setScore(3 + (i++ % 2));
            score.setRationale("Observed during the visit to " + institution + " and in the documents the host provided.");
        }
        form.setNarrative("The delegation met the management and research staff of " + institution + ".");
        form.setFindings(new ArrayList<>(List.of(
                new FindingDraft(FindingType.STRENGTH, Priority.MEDIUM, institution + " trains students and staff."),
                new FindingDraft(FindingType.RECOMMENDATION, Priority.HIGH, institution
                        + " should widen the participation of local firms."))));
    }
}
