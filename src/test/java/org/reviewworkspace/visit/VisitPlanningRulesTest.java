package org.reviewworkspace.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The rules of a visit plan as the service enforces them, on the coordinator's "Plan visit" task
 * of the 2025 review (visit 24–28 August 2025, drafted by the demo data).
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class VisitPlanningRulesTest {

    static final String REVIEW_2025 = "REV-2025-PK-01";
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 8, 24);

    @Autowired Acting acting;
    @Autowired VisitService visits;
    @Autowired ReviewService reviews;
    @Autowired InboxService inbox;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_assessor_cannot_be_at_two_institutions_in_overlapping_slots() {
        Map<String, String> errors = refusedDraft(form -> {
            PlanForm.InstitutionVisit pieas = visit(form, "PIEAS");
            pieas.setDate(FIRST_DAY);
            pieas.setSlot(Slot.FULL_DAY);
            pieas.setAssessors(Set.of("assessor2", "lead"));
        });
        assertThat(errors).containsEntry("institution." + id("PIEAS") + ".assessors",
                "Delegation lead is already at NCP — National Centre for Physics at that time");
    }

    @Test
    @DirtiesContext
    void time_ranges_decide_overlaps_instead_of_the_slot() {
        acting.run("coordinator", () -> {
            String taskId = planTask();
            PlanForm form = visits.openPlan(taskId).form();
            PlanForm.InstitutionVisit ncp = visit(form, "NCP");
            ncp.setTimeFrom(LocalTime.of(9, 0));
            ncp.setTimeTo(LocalTime.of(10, 30));
            PlanForm.InstitutionVisit pieas = visit(form, "PIEAS");
            pieas.setDate(FIRST_DAY);
            pieas.setSlot(Slot.MORNING);
            pieas.setTimeFrom(LocalTime.of(11, 0));
            pieas.setTimeTo(LocalTime.of(12, 30));
            pieas.setAssessors(Set.of("assessor2", "lead"));
            visits.saveDraft(taskId, form);

            pieas.setTimeFrom(LocalTime.of(10, 0));
            assertThatThrownBy(() -> visits.saveDraft(taskId, form)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                            .containsKey(pieas.field("assessors")));
        });
    }

    @Test
    void a_visit_must_end_after_it_starts_and_needs_both_times() {
        Map<String, String> errors = refusedDraft(form -> {
            visit(form, "NCP").setTimeFrom(LocalTime.of(11, 0));
            visit(form, "NCP").setTimeTo(LocalTime.of(9, 0));
            visit(form, "HMC-3").setTimeFrom(LocalTime.of(9, 0));
        });
        assertThat(errors).containsEntry("institution." + id("NCP") + ".timeTo", "It must end after it starts")
                .containsEntry("institution." + id("HMC-3") + ".timeTo", "Enter when it ends, or clear both times");
    }

    @Test
    void an_institution_visit_outside_the_window_is_refused() {
        Map<String, String> errors = refusedDraft(form -> visit(form, "INMOL").setDate(LocalDate.of(2025, 8, 29)));
        assertThat(errors).containsEntry("institution." + id("INMOL") + ".date", "This date is outside the visit window");
    }

    @Test
    void a_meeting_with_the_host_outside_the_window_is_refused() {
        Map<String, String> errors = refusedDraft(form -> form.getMeetings().get(0)
                .setDate(LocalDate.of(2025, 8, 23)));
        assertThat(errors).containsEntry("meeting.0.date", "This date is outside the visit window");
    }

    @Test
    void a_visit_longer_than_thirty_days_is_refused() {
        Map<String, String> errors = refusedDraft(form -> form.setEndDate(FIRST_DAY.plusDays(30)));
        assertThat(errors).containsEntry("endDate", "A visit lasts at most 30 days");
    }

    @Test
    void the_lead_must_be_a_member_of_the_delegation() {
        Map<String, String> errors = refusedDraft(form -> form.setLead("observer"));
        assertThat(errors).containsEntry("lead", "The lead must be a member of the delegation");
    }

    @Test
    void removing_the_lead_from_the_delegation_is_refused() {
        Map<String, String> errors = refusedDraft(form -> {
            form.setMembers(new LinkedHashSet<>(List.of("assessor1", "assessor2", "assessor3", "assessor4")));
            visit(form, "NCP").setAssessors(Set.of("assessor1"));
            visit(form, "NILOP").setAssessors(Set.of("assessor2"));
        });
        assertThat(errors).containsEntry("lead", "The lead must be a member of the delegation");
    }

    @Test
    void a_host_contact_and_an_agenda_are_kept_within_their_lengths() {
        Map<String, String> errors = refusedDraft(form -> {
            visit(form, "NCP").setHostContact("x".repeat(PlanRules.MAX_HOST_CONTACT + 1));
            visit(form, "NCP").setAgenda("x".repeat(PlanRules.MAX_AGENDA + 1));
        });
        assertThat(errors).containsKeys("institution." + id("NCP") + ".hostContact",
                "institution." + id("NCP") + ".agenda");
    }

    @Test
    @DirtiesContext
    void an_archived_institution_cannot_be_planned() {
        long nilop = id("NILOP");
        acting.run("coordinator", () -> {
            String taskId = planTask();
            PlanForm form = visits.openPlan(taskId).form();
            visit(form, "NILOP").setPlanned(false);
            visit(form, "NCP").setAssessors(Set.of("lead"));
            visits.saveDraft(taskId, form);
        });
        jdbc.update("update institution set archived = true where id = ?", nilop);
        acting.run("coordinator", () -> {
            String taskId = planTask();
            PlanForm form = visits.openPlan(taskId).form();
            assertThat(form.getInstitutions()).extracting(PlanForm.InstitutionVisit::getInstitutionId)
                    .doesNotContain(nilop);
            PlanForm.InstitutionVisit archived = new PlanForm.InstitutionVisit(nilop, "NILOP");
            archived.setPlanned(true);
            archived.setDate(FIRST_DAY.plusDays(3));
            archived.setAssessors(Set.of("lead"));
            form.getInstitutions().add(archived);
            assertThatThrownBy(() -> visits.saveDraft(taskId, form)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsEntry("institutions",
                            "An institution of another partnership or an archived one cannot be planned"));
        });
    }

    @Test
    @DirtiesContext
    void times_host_contact_agenda_and_meetings_are_saved_with_the_draft() {
        acting.run("coordinator", () -> {
            String taskId = planTask();
            PlanForm form = visits.openPlan(taskId).form();
            visit(form, "PIEAS").setTimeFrom(LocalTime.of(9, 30));
            visit(form, "PIEAS").setTimeTo(LocalTime.of(12, 0));
            visit(form, "PIEAS").setHostContact("Rector's office, PIEAS, Nilore");
            PlanForm.MeetingItem followUp = new PlanForm.MeetingItem("Closing meeting at PAEC headquarters",
                    FIRST_DAY.plusDays(4), Slot.AFTERNOON);
            followUp.setParticipants("PAEC management; the delegation");
            form.getMeetings().add(followUp);
            visits.saveDraft(taskId, form);

            PlanForm reopened = visits.openPlan(taskId).form();
            assertThat(reopened.getVersion()).isEqualTo(form.getVersion());
            PlanForm.InstitutionVisit pieas = visit(reopened, "PIEAS");
            assertThat(pieas.getTimeFrom()).isEqualTo(LocalTime.of(9, 30));
            assertThat(pieas.getTimeTo()).isEqualTo(LocalTime.of(12, 0));
            assertThat(pieas.getHostContact()).isEqualTo("Rector's office, PIEAS, Nilore");
            assertThat(pieas.getAgenda()).startsWith("Briefing by the management");
            assertThat(reopened.getMeetings()).extracting(PlanForm.MeetingItem::getTitle)
                    .containsExactly("Meeting with the chairman of PAEC", "Closing meeting at PAEC headquarters");
            assertThat(reopened.getMeetings().get(0).getTimeFrom()).isEqualTo(LocalTime.of(15, 0));
        });
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        VisitOverview overview = acting.as("coordinator", () -> visits.overview(review.id()));
        assertThat(overview.itinerary()).filteredOn(s -> s.institutionAcronym().equals("PIEAS")).singleElement()
                .satisfies(stop -> {
                    assertThat(stop.startTime()).isEqualTo(LocalTime.of(9, 30));
                    assertThat(stop.hostContact()).isEqualTo("Rector's office, PIEAS, Nilore");
                });
    }

    @Test
    @DirtiesContext
    void an_assessor_outside_the_delegation_cannot_see_the_visit_even_with_the_review_id() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        acting.run("coordinator", () -> {
            String taskId = planTask();
            PlanForm form = visits.openPlan(taskId).form();
            form.setMembers(new LinkedHashSet<>(List.of("lead", "assessor1", "assessor2", "assessor3")));
            visit(form, "INMOL").setAssessors(Set.of("assessor3"));
            visit(form, "INMOL").setDate(FIRST_DAY.plusDays(2));
            visit(form, "HMC-3").setDate(FIRST_DAY.plusDays(4));
            visits.saveDraft(taskId, form);
        });

        acting.run("assessor4", () -> {
            assertThatThrownBy(() -> visits.overview(review.id())).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> visits.openReplan(review.id())).isInstanceOf(NotAllowedException.class);
        });
        assertThat(acting.as("assessor3", () -> visits.overview(review.id())).itinerary()).hasSize(6);
    }

    private Map<String, String> refusedDraft(java.util.function.Consumer<PlanForm> change) {
        return acting.as("coordinator", () -> {
            String taskId = planTask();
            PlanForm form = visits.openPlan(taskId).form();
            change.accept(form);
            try {
                visits.saveDraft(taskId, form);
            } catch (InvalidInputException e) {
                return e.fieldErrors();
            }
            throw new AssertionError("The draft was saved although it breaks a planning rule");
        });
    }

    private String planTask() {
        return inbox.page(0, 100).stream().filter(t -> t.reviewCode().equals(REVIEW_2025)
                && t.route().contains("/PlanVisit/")).findFirst().orElseThrow().taskId();
    }

    private long id(String acronym) {
        return acting.as("coordinator", () -> visit(visits.openPlan(planTask()).form(), acronym).getInstitutionId());
    }

    static PlanForm.InstitutionVisit visit(PlanForm form, String acronym) {
        return form.getInstitutions().stream().filter(v -> v.getLabel().startsWith(acronym + " "))
                .findFirst().orElseThrow(() -> new AssertionError("No institution " + acronym));
    }
}
