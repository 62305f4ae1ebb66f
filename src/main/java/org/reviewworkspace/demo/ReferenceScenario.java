package org.reviewworkspace.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reviewworkspace.assessment.AssessmentForm;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.finding.FindingDraft;
import org.reviewworkspace.finding.FindingEdit;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.Priority;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.review.StartReviewForm;
import org.reviewworkspace.signoff.Decision;
import org.reviewworkspace.signoff.SignOffService;
import org.reviewworkspace.visit.PlanForm;
import org.reviewworkspace.visit.Slot;
import org.reviewworkspace.visit.VisitService;
import org.reviewworkspace.workflow.ReviewProcess;
import org.springframework.stereotype.Component;

/**
 * The reference scenario of DESIGN.md §1 driven through the services, step by step and as the
 * users who would take each step: the demo data and the scenario tests are built from it.
 */
@Component
public class ReferenceScenario {

    public static final String PARTNERSHIP = "CERN associate membership: Pakistan";
    public static final String DELEGATION_LEAD = "lead";
    public static final List<String> DELEGATION = List.of("lead", "assessor1", "assessor2", "assessor3", "assessor4");

    /** Institution acronym → name, city. */
    static final Map<String, String[]> INSTITUTIONS = new LinkedHashMap<>();

    static {
        INSTITUTIONS.put("NCP", new String[] {"National Centre for Physics", "Islamabad", "Research centre"});
        INSTITUTIONS.put("HMC-3", new String[] {"Heavy Mechanical Complex-3", "Taxila", "Industry"});
        INSTITUTIONS.put("PIEAS", new String[] {"Pakistan Institute of Engineering and Applied Sciences", "Islamabad",
                "University"});
        INSTITUTIONS.put("PINSTECH", new String[] {"Pakistan Institute of Nuclear Science and Technology", "Islamabad",
                "Research institute"});
        INSTITUTIONS.put("INMOL", new String[] {"Institute of Nuclear Medicine and Oncology", "Lahore",
                "Medical institute"});
        INSTITUTIONS.put("NILOP", new String[] {"National Institute for Lasers and Optronics", "Islamabad",
                "Research institute"});
    }

    /** Who assesses which institution, one assessment each: six assessments by the five members. */
    public static final Map<String, String> ASSESSORS = Map.of("NCP", "lead", "HMC-3", "assessor1",
            "PIEAS", "assessor2", "PINSTECH", "assessor3", "INMOL", "assessor4", "NILOP", "lead");

    private final Acting acting;
    private final PartnershipService partnerships;
    private final ReviewService reviews;
    private final VisitService visits;
    private final AssessmentService assessments;
    private final FindingService findings;
    private final SignOffService signOffs;
    private final InboxService inbox;

    ReferenceScenario(Acting acting, PartnershipService partnerships, ReviewService reviews, VisitService visits,
                      AssessmentService assessments, FindingService findings, SignOffService signOffs,
                      InboxService inbox) {
        this.acting = acting;
        this.partnerships = partnerships;
        this.reviews = reviews;
        this.visits = visits;
        this.assessments = assessments;
        this.findings = findings;
        this.signOffs = signOffs;
        this.inbox = inbox;
    }

    /** Whether the partnership of the scenario exists already. */
    public boolean exists() {
        return partnerships.partnerships().stream().anyMatch(p -> p.name().equals(PARTNERSHIP));
    }

    /** The demo user who observes the partnership: reads its published reports, nothing else. */
    public static final String OBSERVER = "observer";

    /** The coordinator registers the partnership with Pakistan, its six institutes and its observer. */
    public PartnershipSummary createPartnership() {
        PartnershipSummary partnership = createPartnership(PARTNERSHIP, "PK");
        acting.run("coordinator", () -> partnerships.setObservers(partnership.id(), Set.of(OBSERVER)));
        return partnership;
    }

    /**
     * The coordinator registers a partnership with Pakistan and its six institutes under another
     * name and code (reference codes are numbered per partnership), as benchmarks and the cluster
     * drill do to run many cycles at once.
     */
    public PartnershipSummary createPartnership(String name, String code) {
        return acting.as("coordinator", () -> {
            PartnershipSummary partnership = partnerships.createPartnership(name, code, "Pakistan",
                    "Pakistan Atomic Energy Commission (PAEC)", "CERN associate membership", LocalDate.of(2015, 7, 31));
            INSTITUTIONS.forEach((acronym, facts) -> partnerships.addInstitution(partnership.id(), facts[0], acronym,
                    facts[1], facts[2], null));
            return partnership;
        });
    }

    /** The coordinator starts a review of {@code year}. */
    public ReviewSummary startReview(PartnershipSummary partnership, int year, String title, String objectives) {
        StartReviewForm form = new StartReviewForm();
        form.setPartnershipId(partnership.id());
        form.setYear(year);
        form.setTitle(title);
        form.setObjectives(objectives);
        return acting.as("coordinator", () -> reviews.startReview(form));
    }

    /**
     * The coordinator fills in "Plan visit" for a visit from {@code start} (five days), the
     * delegation of five with its lead, and the six institutions with their assessors.
     */
    public PlanForm draftPlan(ReviewSummary review, LocalDate start, boolean complete) {
        return acting.as("coordinator", () -> {
            String taskId = taskOf(review, ReviewProcess.PLAN_VISIT);
            PlanForm form = visits.openPlan(taskId).form();
            form.setStartDate(start);
            form.setEndDate(start.plusDays(4));
            form.setLocation("Islamabad, Lahore and Taxila, Pakistan");
            form.setMembers(new LinkedHashSet<>(DELEGATION));
            form.setLead(DELEGATION_LEAD);
            Map<String, Object[]> schedule = Map.of(
                    "NCP", new Object[] {0, Slot.MORNING},
                    "PIEAS", new Object[] {1, Slot.MORNING},
                    "PINSTECH", new Object[] {1, Slot.AFTERNOON},
                    "HMC-3", new Object[] {2, Slot.FULL_DAY},
                    "NILOP", new Object[] {3, Slot.MORNING},
                    "INMOL", new Object[] {4, Slot.FULL_DAY});
            for (PlanForm.InstitutionVisit visit : form.getInstitutions()) {
                String acronym = visit.getLabel().substring(0, visit.getLabel().indexOf(" — "));
                Object[] when = schedule.get(acronym);
                visit.setPlanned(true);
                visit.setDate(start.plusDays((Integer) when[0]));
                visit.setSlot((Slot) when[1]);
                visit.setAssessors(Set.of(ASSESSORS.get(acronym)));
                visit.setHostContact("Office of the director, " + acronym);
                visit.setAgenda("Briefing by the management; tour of the facilities; discussion with researchers "
                        + "and students taking part in CERN collaborations.");
            }
            PlanForm.MeetingItem chairman = new PlanForm.MeetingItem("Meeting with the chairman of PAEC",
                    start, Slot.AFTERNOON);
            chairman.setTimeFrom(LocalTime.of(15, 0));
            chairman.setTimeTo(LocalTime.of(16, 30));
            chairman.setParticipants("Chairman of the Pakistan Atomic Energy Commission; the delegation of five");
            form.setMeetings(List.of(chairman));
            if (complete) {
                visits.completePlan(taskId, form);
            } else {
                visits.saveDraft(taskId, form);
            }
            return form;
        });
    }

    /** Every assessor submits each of their assessments, with scores, reasons and a recommendation. */
    public void submitAllAssessments(ReviewSummary review, int baseScore) {
        for (String assessor : new LinkedHashSet<>(ASSESSORS.values())) {
            acting.run(assessor, () -> {
                for (InboxItem task : tasksOf(review, ReviewProcess.ASSESS_INSTITUTION)) {
                    AssessmentForm form = assessments.openAssessment(task.taskId()).form();
                    int i = 0;
                    for (AssessmentForm.Score score : form.getScores()) {
                        score.setScore(Math.min(5, baseScore + (i++ % 2)));
                        score.setRationale("Observed during the visit to " + task.institution()
                                + " and in the documents the host provided.");
                    }
                    form.setNarrative("The delegation met the management and research staff of " + task.institution()
                            + " and toured its facilities.");
                    form.setFindings(new java.util.ArrayList<>(List.of(
                            new FindingDraft(FindingType.STRENGTH, Priority.MEDIUM, task.institution()
                                    + " trains students and staff who take part in collaboration experiments."),
                            new FindingDraft(FindingType.RECOMMENDATION, Priority.HIGH, task.institution()
                                    + " should widen the participation of local firms in supplying components."))));
                    assessments.submit(task.taskId(), form);
                }
            });
        }
    }

    /** The coordinator consolidates, adding one cross-cutting recommendation, and sends the set for sign-off. */
    public void consolidate(ReviewSummary review) {
        acting.run("coordinator", () -> {
            String taskId = taskOf(review, ReviewProcess.CONSOLIDATE_FINDINGS);
            List<FindingEdit> edits = new java.util.ArrayList<>(findings.openConsolidation(taskId).findings());
            if (edits.stream().noneMatch(e -> e.getInstitutionId() == null)) {
                FindingEdit crossCutting = new FindingEdit();
                crossCutting.setType(FindingType.RECOMMENDATION);
                crossCutting.setPriority(Priority.HIGH);
                crossCutting.setStatement("Establish a national coordination office for CERN engagement across the "
                        + "institutes.");
                crossCutting.setDomain("Integration with international projects");
                edits.add(crossCutting);
            }
            LocalDate inAYear = LocalDate.now(Times.zone()).plusYears(1);
            edits.stream().filter(e -> e.getType() == FindingType.RECOMMENDATION && e.getOwner() == null).forEach(e -> {
                e.setOwner(e.getInstitutionId() == null ? "PAEC, with CERN International Relations"
                        : "Institute management, with PAEC");
                e.setTargetDate(inAYear);
            });
            findings.completeConsolidation(taskId, edits);
        });
    }

    /** The approver decides on the findings set they see. */
    public void signOff(ReviewSummary review, Decision decision, String rationale) {
        acting.run("approver", () -> {
            String taskId = taskOf(review, ReviewProcess.SIGN_OFF_FINDINGS);
            signOffs.decide(taskId, decision, rationale, Map.of(), signOffs.openSignOff(taskId).findingsHash());
        });
    }

    private String taskOf(ReviewSummary review, String key) {
        return tasksOf(review, key).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + key + " task for " + review.referenceCode()))
                .taskId();
    }

    private List<InboxItem> tasksOf(ReviewSummary review, String key) {
        return inbox.page(0, 200).stream()
                .filter(t -> t.reviewCode().equals(review.referenceCode()) && t.route().contains("/" + key + "/"))
                .toList();
    }
}
