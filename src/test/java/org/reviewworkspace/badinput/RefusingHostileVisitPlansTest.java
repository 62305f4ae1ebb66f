package org.reviewworkspace.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reviewworkspace.assessment.AssessmentForm;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.TextInput;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.visit.PlanForm;
import org.reviewworkspace.visit.PlanRules;
import org.reviewworkspace.visit.VisitService;
import org.reviewworkspace.workflow.ReviewProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The visit plan refuses hostile text and impossible dates beside the field, storing nothing,
 * and keeps unusual but legitimate text exactly as typed. On the demo 2025 review, whose
 * "Plan visit" task is open with a complete draft: each test starts from that draft.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RefusingHostileVisitPlansTest {

    static final String REVIEW_2025 = "REV-2025-PK-01";

    @Autowired Acting acting;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReviewService reviews;
    @Autowired VisitService visits;
    @Autowired AssessmentService assessments;
    @Autowired InboxService inbox;

    ReviewSummary review;
    Refusals refusals;
    String taskId;

    @BeforeEach
    void the_coordinator_has_the_plan_visit_task_of_2025_open() {
        review = reviews.byReferenceCode(REVIEW_2025);
        refusals = new Refusals(acting, jdbc);
        taskId = acting.as("coordinator", () -> inbox.page(0, 50).stream()
                .filter(t -> t.reviewCode().equals(REVIEW_2025) && t.route().contains("/" + ReviewProcess.PLAN_VISIT + "/"))
                .findFirst().orElseThrow().taskId());
    }

    /** A text of the plan: how the form sets it, the field its message goes beside, where it is stored. */
    enum PlanText {
        LOCATION("Keep the location within " + PlanRules.MAX_LOCATION + " characters",
                "select location from visit_plan where review_id = ?",
                PlanForm::setLocation, form -> "location"),
        HOST_CONTACT("Keep the host contact within " + PlanRules.MAX_HOST_CONTACT + " characters",
                "select host_contact from itinerary_entry e join visit_plan p on p.id = e.visit_plan_id "
                        + "where p.review_id = ? and e.institution_id = ?",
                (form, text) -> firstVisit(form).setHostContact(text), form -> firstVisit(form).field("hostContact")),
        AGENDA("Keep the agenda within " + PlanRules.MAX_AGENDA + " characters",
                "select agenda from itinerary_entry e join visit_plan p on p.id = e.visit_plan_id "
                        + "where p.review_id = ? and e.institution_id = ?",
                (form, text) -> firstVisit(form).setAgenda(text), form -> firstVisit(form).field("agenda")),
        MEETING_TITLE("Keep the title within " + PlanRules.MAX_MEETING_TITLE + " characters",
                "select title from meeting m join visit_plan p on p.id = m.visit_plan_id where p.review_id = ?",
                (form, text) -> form.getMeetings().get(0).setTitle(text), form -> PlanForm.meetingField(0, "title")),
        MEETING_PARTICIPANTS("Keep the participants within " + PlanRules.MAX_PARTICIPANTS + " characters",
                "select participants from meeting m join visit_plan p on p.id = m.visit_plan_id where p.review_id = ?",
                (form, text) -> form.getMeetings().get(0).setParticipants(text),
                form -> PlanForm.meetingField(0, "participants"));

        final String tooLong;
        final String stored;
        final BiConsumer<PlanForm, String> set;
        final Function<PlanForm, String> field;

        PlanText(String tooLong, String stored, BiConsumer<PlanForm, String> set, Function<PlanForm, String> field) {
            this.tooLong = tooLong;
            this.stored = stored;
            this.set = set;
            this.field = field;
        }

        static PlanForm.InstitutionVisit firstVisit(PlanForm form) {
            return form.plannedInstitutions().get(0);
        }
    }

    static Stream<Arguments> unreadablePlanTexts() {
        return Stream.of(PlanText.values()).flatMap(text -> HostileInput.unreadable()
                .map(row -> Arguments.of(text, row.get()[0], row.get()[1])));
    }

    // --- refused: a message beside the field, nothing stored ---

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unreadablePlanTexts")
    void a_megabyte_or_control_characters_in_any_text_of_the_plan_are_refused_even_in_a_draft(
            PlanText what, String description, String text) {
        PlanForm form = openPlan();
        what.set.accept(form, text);
        String field = what.field.apply(form);

        refusals.invalid("coordinator", () -> visits.saveDraft(taskId, form), field,
                HostileInput.messageFor(text, null, what.tooLong, TextInput.UNREADABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"org.reviewworkspace.badinput.HostileInput#refused",
            "org.reviewworkspace.badinput.HostileInput#blankLooking"})
    void a_completed_plan_needs_a_readable_location(String what, String text) {
        PlanForm form = openPlan();
        form.setLocation(text);

        refusals.invalid("coordinator", () -> visits.completePlan(taskId, form), "location",
                HostileInput.messageFor(text, "Enter where the visit takes place", PlanText.LOCATION.tooLong,
                        TextInput.UNREADABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#blankLooking")
    void a_meeting_titled_only_with_invisible_spaces_has_no_title(String what, String text) {
        PlanForm form = openPlan();
        form.getMeetings().get(0).setTitle(text);

        refusals.invalid("coordinator", () -> visits.completePlan(taskId, form), PlanForm.meetingField(0, "title"),
                "Say what the meeting is, or remove it");
    }

    static Stream<Arguments> impossibleWindows() {
        return Stream.of(
                Arguments.of("ending before it starts", LocalDate.of(2025, 8, 24), LocalDate.of(2025, 8, 23),
                        "endDate", "The visit cannot end before it starts"),
                Arguments.of("in 1900", LocalDate.of(1900, 8, 24), LocalDate.of(1900, 8, 28),
                        "startDate", "Enter a date from 2000 to 2100"),
                Arguments.of("in 9999", LocalDate.of(9999, 12, 27), LocalDate.of(9999, 12, 31),
                        "startDate", "Enter a date from 2000 to 2100"),
                Arguments.of("ending in 9999", LocalDate.of(2025, 8, 24), LocalDate.of(9999, 12, 31),
                        "endDate", "Enter a date from 2000 to 2100"),
                Arguments.of("the first of the year 0", LocalDate.of(0, 1, 1), LocalDate.of(0, 1, 2),
                        "startDate", "Enter a date from 2000 to 2100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impossibleWindows")
    void a_visit_window_out_of_range_is_refused(String what, LocalDate start, LocalDate end, String field,
                                                String message) {
        PlanForm form = openPlan();
        form.setStartDate(start);
        form.setEndDate(end);

        refusals.invalid("coordinator", () -> visits.saveDraft(taskId, form), field, message);
        refusals.invalid("coordinator", () -> visits.completePlan(taskId, form), field, message);
    }

    @Test
    void a_visit_or_meeting_day_in_9999_is_refused_beside_it() {
        PlanForm form = openPlan();
        PlanForm.InstitutionVisit visit = form.plannedInstitutions().get(0);
        visit.setDate(LocalDate.of(9999, 1, 1));
        form.getMeetings().get(0).setDate(LocalDate.of(1900, 1, 1));

        var errors = refusals.invalid("coordinator", () -> visits.saveDraft(taskId, form), visit.field("date"));
        assertThat(errors).containsEntry(visit.field("date"), "Enter a date from 2000 to 2100")
                .containsEntry(PlanForm.meetingField(0, "date"), "Enter a date from 2000 to 2100");
    }

    // --- ids of other things: not allowed or not found, nothing stored ---

    @Test
    void an_institution_that_does_not_exist_cannot_be_planned() {
        PlanForm form = openPlan();
        PlanForm.InstitutionVisit ghost = new PlanForm.InstitutionVisit(-1L, "GHOST — Nowhere");
        ghost.setPlanned(true);
        ghost.setDate(form.getStartDate());
        form.getInstitutions().add(ghost);

        refusals.invalid("coordinator", () -> visits.saveDraft(taskId, form), "institutions",
                "An institution of another partnership or an archived one cannot be planned");
    }

    @Test
    void the_plan_visit_task_is_not_an_assessment_and_not_the_assessors_to_plan() {
        AssessmentForm assessment = new AssessmentForm();
        assessment.setNarrative("Met the director.");
        refusals.refused("lead", () -> assessments.saveDraft(taskId, assessment), NotAllowedException.class,
                "This task is not a \"assess institution\" task.");
        refusals.refused("lead", () -> assessments.openAssessment(taskId), NotAllowedException.class,
                "This task is not a \"assess institution\" task.");
        PlanForm form = openPlan();
        refusals.refused("assessor1", () -> visits.saveDraft(taskId, form), NotAllowedException.class,
                "This task is assigned to someone else.");
    }

    @Test
    void a_task_that_does_not_exist_is_not_found() {
        PlanForm form = openPlan();
        refusals.refused("coordinator", () -> visits.saveDraft("no-such-task", form), NotFoundException.class,
                "This task is no longer open: it has been completed or withdrawn.");
        refusals.refused("coordinator", () -> visits.completePlan("-1", form), NotFoundException.class,
                "This task is no longer open: it has been completed or withdrawn.");
    }

    // --- kept as typed ---

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#keptAsTyped")
    void every_text_of_a_draft_plan_is_stored_as_typed(String what, String text) {
        PlanForm form = openPlan();
        for (PlanText planText : PlanText.values()) {
            planText.set.accept(form, text);
        }
        acting.run("coordinator", () -> visits.saveDraft(taskId, form));

        long institutionId = PlanText.firstVisit(form).getInstitutionId();
        for (PlanText planText : PlanText.values()) {
            String stored = planText.stored.contains("institution_id")
                    ? jdbc.queryForObject(planText.stored, String.class, review.id(), institutionId)
                    : jdbc.queryForObject(planText.stored, String.class, review.id());
            assertThat(stored).as(planText.name()).isEqualTo(text);
        }
    }

    private PlanForm openPlan() {
        return acting.as("coordinator", () -> visits.openPlan(taskId).form());
    }
}
