package org.reviewworkspace.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reviewworkspace.assessment.AssessmentCommentService;
import org.reviewworkspace.assessment.AssessmentCommentView;
import org.reviewworkspace.assessment.AssessmentForm;
import org.reviewworkspace.assessment.AssessmentRules;
import org.reviewworkspace.audit.AuditLogFilter;
import org.reviewworkspace.audit.AuditLogService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.TextInput;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.finding.FindingCommentService;
import org.reviewworkspace.finding.FindingCommentView;
import org.reviewworkspace.finding.FindingEdit;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.inbox.InboxFilter;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.inbox.NamedFilter;
import org.reviewworkspace.partnership.InstitutionDetails;
import org.reviewworkspace.partnership.InstitutionForm;
import org.reviewworkspace.partnership.PartnershipForm;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.review.StartReviewForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every form refuses hostile and malformed text with a message beside the field and stores
 * nothing (the row counts of our tables and the audit trail's last sequence stay as they were),
 * and keeps legitimate but unusual text — markup, SQL, right-to-left, emoji — exactly as typed,
 * shown harmlessly. On the 2025 review with its six assessments submitted (consolidation open).
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RefusingHostileInputTest {

    static final String REVIEW_2025 = "REV-2025-PK-01";
    /** What the partnership forms say of a name or label with a line break or control characters. */
    static final String ONE_LINE = "Keep this on one line, without invisible control characters";
    private static boolean consolidating;

    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReviewService reviews;
    @Autowired PartnershipService partnerships;
    @Autowired InboxService inbox;
    @Autowired AssessmentCommentService assessmentComments;
    @Autowired FindingService findings;
    @Autowired FindingCommentService findingComments;
    @Autowired AuditLogService auditLog;

    ReviewSummary review;

    @BeforeEach
    void the_2025_review_is_at_consolidation() {
        review = reviews.byReferenceCode(REVIEW_2025);
        if (!consolidating) {
            scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
            scenario.submitAllAssessments(review, 3);
            consolidating = true;
        }
    }

    // --- refused: a message beside the field, nothing stored ---

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#refused")
    void a_review_title_is_refused(String what, String text) {
        StartReviewForm form = startForm(text);
        assertRefused("coordinator", () -> reviews.startReview(form), "title");
    }

    @Test
    void huge_objectives_and_an_impossible_year_or_partnership_are_refused() {
        StartReviewForm huge = startForm("Review 2026");
        huge.setObjectives(HostileInput.HUGE);
        assertRefused("coordinator", () -> reviews.startReview(huge), "objectives");
        StartReviewForm year = startForm("Review 2026");
        year.setYear(-2026);
        assertRefused("coordinator", () -> reviews.startReview(year), "year");
        StartReviewForm partnership = startForm("Review 2026");
        partnership.setPartnershipId(-1L);
        DatabaseFingerprint before = DatabaseFingerprint.of(jdbc);
        assertThatThrownBy(() -> acting.run("coordinator", () -> reviews.startReview(partnership)))
                .isInstanceOf(NotFoundException.class);
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#refused")
    void a_partnership_name_is_refused(String what, String text) {
        PartnershipForm form = new PartnershipForm();
        form.setName(text);
        form.setCode("ZZ");
        form.setPartner("Somewhere");
        assertRefused("coordinator", () -> partnerships.createPartnership(form), "name");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#refused")
    void an_institution_name_is_refused(String what, String text) {
        InstitutionForm form = new InstitutionForm();
        form.setName(text);
        form.setAcronym("ZZI");
        assertRefused("coordinator", () -> partnerships.addInstitution(review.partnershipId(), form), "name");
    }

    @Test
    void sql_and_a_line_break_in_a_partner_code_or_acronym_are_refused() {
        PartnershipForm form = new PartnershipForm();
        form.setName("Hostile partnership");
        form.setCode("' OR 1=1 --");
        form.setPartner("Somewhere");
        assertRefused("coordinator", () -> partnerships.createPartnership(form), "code");
        InstitutionForm institution = new InstitutionForm();
        institution.setName("Hostile institute");
        institution.setAcronym("AB\nCD");
        assertRefused("coordinator", () -> partnerships.addInstitution(review.partnershipId(), institution), "acronym");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#refused")
    void a_saved_filter_name_is_refused(String what, String text) {
        assertRefused("coordinator", () -> inbox.saveFilter(text, InboxFilter.DEFAULT), "name");
    }

    @Test
    void a_follow_up_in_the_past_or_far_future_is_refused() {
        String taskId = consolidationTask();
        assertRefused("coordinator", () -> inbox.followUp(taskId, LocalDate.of(1970, 1, 1)), "followUp");
        assertRefused("coordinator", () -> inbox.followUp(taskId, LocalDate.of(9999, 12, 31)), "followUp");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#refused")
    void an_assessment_comment_is_refused(String what, String text) {
        long assessmentId = anAssessment();
        assertRefused("coordinator", () -> assessmentComments.postComment(assessmentId, text), "text");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#refused")
    void a_finding_comment_is_refused(String what, String text) {
        long findingId = aFinding();
        assertRefused("coordinator", () -> findingComments.postComment(findingId, text), "text");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#refused")
    void a_consolidated_statement_is_refused(String what, String text) {
        String taskId = consolidationTask();
        List<FindingEdit> edits = new ArrayList<>(acting.as("coordinator",
                () -> findings.openConsolidation(taskId)).findings());
        edits.get(0).setStatement(text);
        DatabaseFingerprint before = DatabaseFingerprint.of(jdbc);
        assertThatThrownBy(() -> acting.run("coordinator", () -> findings.saveConsolidation(taskId, edits)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).isNotEmpty());
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void a_narrative_with_control_characters_or_a_megabyte_is_refused_beside_the_field() {
        AssessmentForm form = new AssessmentForm();
        form.setNarrative("Met the director\u0000");
        assertThat(AssessmentRules.check(form, false).hasErrors()).isTrue();
        assertThatThrownBy(() -> AssessmentRules.check(form, false).throwIfAny())
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("narrative", TextInput.UNREADABLE));
        form.setNarrative(HostileInput.HUGE);
        assertThatThrownBy(() -> AssessmentRules.check(form, false).throwIfAny())
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("narrative"));
    }

    @Test
    void another_reviews_or_a_negative_id_is_not_found_and_changes_nothing() {
        DatabaseFingerprint before = DatabaseFingerprint.of(jdbc);
        assertThatThrownBy(() -> acting.run("coordinator", () -> findingComments.postComment(-1, "Hello")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> acting.run("coordinator", () -> assessmentComments.postComment(Long.MAX_VALUE, "Hi")))
                .isInstanceOf(NotFoundException.class);
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#keptAsTyped")
    void the_audit_log_filter_takes_any_text_and_finds_nothing_it_should_not(String what, String text) {
        AuditLogFilter filter = new AuditLogFilter(text, text, text, null, null, null, null, text);
        assertThat(acting.as("admin", () -> auditLog.search(filter, PageRequest.of(0, 20)))).isEmpty();
        assertThat(acting.as("admin", () -> auditLog.count(filter))).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#refused")
    void a_partnership_name_is_refused_when_editing_too(String what, String text) {
        PartnershipSummary partnership = acting.as("coordinator", () -> partnerships.partnership(review.partnershipId()));
        PartnershipForm form = PartnershipForm.of(partnership);
        form.setName(text);

        new Refusals(acting, jdbc).invalid("coordinator",
                () -> partnerships.updatePartnership(partnership.id(), form, partnership.version()), "name",
                HostileInput.messageFor(text, "Give the partnership a name", "At most 200 characters", ONE_LINE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#refused")
    void an_institution_name_is_refused_when_editing_too(String what, String text) {
        InstitutionDetails institution = anInstitution();
        InstitutionForm form = InstitutionForm.of(institution);
        form.setName(text);

        new Refusals(acting, jdbc).invalid("coordinator",
                () -> partnerships.updateInstitution(institution.id(), form, institution.version()), "name",
                HostileInput.messageFor(text, "Enter the institution's full name", "At most 300 characters", ONE_LINE));
    }

    @Test
    void sql_and_a_line_break_in_a_partner_code_or_acronym_are_refused_when_editing_too() {
        PartnershipSummary partnership = acting.as("coordinator", () -> partnerships.partnership(review.partnershipId()));
        PartnershipForm form = PartnershipForm.of(partnership);
        form.setCode("' OR 1=1 --");
        new Refusals(acting, jdbc).invalid("coordinator",
                () -> partnerships.updatePartnership(partnership.id(), form, partnership.version()), "code");
        InstitutionDetails institution = anInstitution();
        InstitutionForm edit = InstitutionForm.of(institution);
        edit.setAcronym("AB\nCD");
        new Refusals(acting, jdbc).invalid("coordinator",
                () -> partnerships.updateInstitution(institution.id(), edit, institution.version()), "acronym",
                ONE_LINE);
    }

    @Test
    void editing_a_partnership_or_institution_that_does_not_exist_is_not_found() {
        PartnershipForm form = PartnershipForm.of(acting.as("coordinator",
                () -> partnerships.partnership(review.partnershipId())));
        new Refusals(acting, jdbc).refused("coordinator", () -> partnerships.updatePartnership(-1, form, 0),
                NotFoundException.class, "This partnership does not exist.");
        InstitutionForm institution = InstitutionForm.of(anInstitution());
        new Refusals(acting, jdbc).refused("coordinator", () -> partnerships.updateInstitution(Long.MAX_VALUE,
                institution, 0), NotFoundException.class, "This institution does not exist (any more).");
    }

    // --- blank-looking: only invisible spaces is empty ---

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#blankLooking")
    void a_review_title_of_invisible_spaces_is_no_title(String what, String text) {
        StartReviewForm form = startForm(text);
        new Refusals(acting, jdbc).invalid("coordinator", () -> reviews.startReview(form), "title",
                "Give the review a title");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#blankLooking")
    void a_partnership_name_of_invisible_spaces_is_no_name(String what, String text) {
        PartnershipForm created = new PartnershipForm();
        created.setName(text);
        created.setCode("ZZ");
        created.setPartner("Somewhere");
        new Refusals(acting, jdbc).invalid("coordinator", () -> partnerships.createPartnership(created), "name",
                "Give the partnership a name");
        PartnershipSummary partnership = acting.as("coordinator", () -> partnerships.partnership(review.partnershipId()));
        PartnershipForm edited = PartnershipForm.of(partnership);
        edited.setName(text);
        new Refusals(acting, jdbc).invalid("coordinator",
                () -> partnerships.updatePartnership(partnership.id(), edited, partnership.version()), "name",
                "Give the partnership a name");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#blankLooking")
    void an_institution_name_of_invisible_spaces_is_no_name(String what, String text) {
        InstitutionDetails institution = anInstitution();
        InstitutionForm form = InstitutionForm.of(institution);
        form.setName(text);
        new Refusals(acting, jdbc).invalid("coordinator",
                () -> partnerships.updateInstitution(institution.id(), form, institution.version()), "name",
                "Enter the institution's full name");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#blankLooking")
    void a_saved_filter_name_of_invisible_spaces_is_no_name(String what, String text) {
        new Refusals(acting, jdbc).invalid("coordinator", () -> inbox.saveFilter(text, InboxFilter.DEFAULT), "name",
                "Give the filter a name");
    }

    @Test
    void the_consolidation_is_not_for_an_assessor_nor_for_a_task_that_does_not_exist() {
        String taskId = consolidationTask();
        List<FindingEdit> edits = new ArrayList<>(acting.as("coordinator",
                () -> findings.openConsolidation(taskId)).findings());
        Refusals refusals = new Refusals(acting, jdbc);
        refusals.refused("assessor1", () -> findings.saveConsolidation(taskId, edits), NotAllowedException.class,
                "You are not among the people who may work on this task.");
        refusals.refused("assessor1", () -> findings.openConsolidation(taskId), NotAllowedException.class,
                "You are not among the people who may work on this task.");
        refusals.refused("coordinator", () -> findings.saveConsolidation("no-such-task", edits),
                NotFoundException.class, "This task is no longer open: it has been completed or withdrawn.");
    }

    // --- kept as typed, shown harmlessly ---

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#keptAsTyped")
    void a_finding_comment_is_stored_as_typed_and_rendered_without_markup(String what, String text) {
        FindingCommentView posted = acting.as("coordinator", () -> findingComments.postComment(aFinding(), text));

        assertThat(jdbc.queryForObject("select body from finding_comment where id = ?", String.class, posted.id()))
                .isEqualTo(text);
        assertHarmless(posted.html());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#keptAsTyped")
    void an_assessment_comment_is_stored_as_typed_and_rendered_without_markup(String what, String text) {
        AssessmentCommentView posted = acting.as("coordinator",
                () -> assessmentComments.postComment(anAssessment(), text));

        assertThat(jdbc.queryForObject("select body from assessment_comment where id = ?", String.class, posted.id()))
                .isEqualTo(text);
        assertHarmless(posted.html());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#keptAsTyped")
    void a_saved_filter_keeps_its_name_as_typed(String what, String text) {
        NamedFilter saved = acting.as("lead", () -> inbox.saveFilter(text, InboxFilter.DEFAULT));

        assertThat(saved.name()).isEqualTo(text.strip());
        assertThat(acting.as("lead", () -> inbox.savedFilters())).extracting(NamedFilter::name).contains(text.strip());
    }

    private void assertRefused(String user, Runnable action, String field) {
        new Refusals(acting, jdbc).invalid(user, action, field);
    }

    private static void assertHarmless(String html) {
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("onerror=\"").doesNotContainIgnoringCase("javascript:");
    }

    private InstitutionDetails anInstitution() {
        return acting.as("coordinator", () -> partnerships.institutionsOf(review.partnershipId(),
                PageRequest.of(0, 1)).get(0));
    }

    private StartReviewForm startForm(String title) {
        StartReviewForm form = new StartReviewForm();
        form.setPartnershipId(review.partnershipId());
        form.setTitle(title);
        form.setYear(2026);
        return form;
    }

    private String consolidationTask() {
        return acting.as("coordinator", () -> inbox.page(0, 50).stream()
                .filter(t -> t.route().contains("/ConsolidateFindings/")).findFirst().orElseThrow().taskId());
    }

    private long anAssessment() {
        return jdbc.queryForObject("select min(id) from assessment where review_id = ? and status = 'SUBMITTED'",
                Long.class, review.id());
    }

    private long aFinding() {
        return jdbc.queryForObject("select min(id) from finding where review_id = ?", Long.class, review.id());
    }
}
