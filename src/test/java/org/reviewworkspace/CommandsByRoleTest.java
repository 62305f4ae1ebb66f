package org.reviewworkspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reviewworkspace.audit.AuditChainVerifier;
import org.reviewworkspace.audit.AuditLogFilter;
import org.reviewworkspace.audit.AuditLogService;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.followup.FollowUpEdit;
import org.reviewworkspace.followup.FollowUpItem;
import org.reviewworkspace.followup.FollowUpService;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.partnership.PartnershipForm;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.report.ReportService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.StartReviewForm;
import org.reviewworkspace.security.AccountService;
import org.reviewworkspace.security.Capability;
import org.reviewworkspace.signoff.Decision;
import org.reviewworkspace.signoff.SignOffService;
import org.reviewworkspace.timeline.StoryFilter;
import org.reviewworkspace.timeline.TimelineService;
import org.reviewworkspace.visit.VisitService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every service command × every role, generated from the permission matrix: each demo user calls
 * each command directly — as a crafted request would, whatever the screens offer — and is refused
 * exactly when the matrix and the demo data's facts say so. A command that is allowed may still
 * fail for another reason (a task that does not exist, a name in use); only a refusal counts.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CommandsByRoleTest {

    private static final String REVIEW_2025 = "REV-2025-PK-01";
    private static final String REVIEW_2022 = "REV-2022-PK-01";

    /** What a command needs: the services, reached through the test's fields. */
    private record Command(Capability capability, String review, Consumer<CommandsByRoleTest> call) {
    }

    private static final Map<String, Command> COMMANDS = Map.ofEntries(
            Map.entry("register a partnership", new Command(Capability.MANAGE_PARTNERSHIPS, null,
                    t -> t.partnerships.createPartnership(new PartnershipForm()))),
            Map.entry("set a partnership's observers", new Command(Capability.MANAGE_PARTNERSHIPS, null,
                    t -> t.partnerships.setObservers(t.reviews.byReferenceCode(REVIEW_2022).partnershipId(),
                            Set.of("observer")))),
            Map.entry("update a follow-up item between reviews", new Command(Capability.MANAGE_PARTNERSHIPS, null,
                    t -> {
                        FollowUpItem item = t.followUps.itemsFrom(t.reviews.byReferenceCode(REVIEW_2022).id()).get(0);
                        t.followUps.updateFollowUp(item.id(), new FollowUpEdit(), item.version());
                    })),
            Map.entry("start a review", new Command(Capability.START_OR_CANCEL_REVIEW, null,
                    t -> t.reviews.startReview(new StartReviewForm()))),
            Map.entry("cancel a review", new Command(Capability.START_OR_CANCEL_REVIEW, REVIEW_2025,
                    t -> t.reviews.cancelReview(t.reviews.byReferenceCode(REVIEW_2025).id(), ""))),
            Map.entry("open the visit plan", new Command(Capability.PLAN_VISIT, REVIEW_2025,
                    t -> t.visits.openPlan(t.planVisitTask()))),
            Map.entry("read a review in planning", new Command(Capability.SEE_REVIEW_IN_PROGRESS, REVIEW_2025,
                    t -> t.reviews.details(t.reviews.byReferenceCode(REVIEW_2025).id()))),
            Map.entry("read the timeline of a review in planning", new Command(Capability.SEE_REVIEW_IN_PROGRESS,
                    REVIEW_2025, t -> t.timeline.story(t.reviews.byReferenceCode(REVIEW_2025).id(),
                            StoryFilter.everything(), 0, 10))),
            Map.entry("read a published review", new Command(Capability.READ_PUBLISHED_REPORTS, REVIEW_2022,
                    t -> t.reviews.details(t.reviews.byReferenceCode(REVIEW_2022).id()))),
            Map.entry("download a published report", new Command(Capability.READ_PUBLISHED_REPORTS, REVIEW_2022,
                    t -> t.reports.pdf(REVIEW_2022))),
            Map.entry("sign off findings", new Command(Capability.SIGN_OFF_FINDINGS, null,
                    t -> t.signOffs.decide("no-such-task", Decision.APPROVED, "", Map.of(), ""))),
            Map.entry("search the audit log", new Command(Capability.READ_AUDIT_TRAIL, null,
                    t -> t.auditLog.search(AuditLogFilter.none(), PageRequest.of(0, 10)))),
            Map.entry("list the user accounts", new Command(Capability.MANAGE_USERS, null,
                    t -> t.accounts.users("", PageRequest.of(0, 10)))),
            Map.entry("unlock an account", new Command(Capability.MANAGE_USERS, null,
                    t -> t.accounts.unlock(-1L, 0L))),
            Map.entry("verify the whole audit trail", new Command(Capability.READ_AUDIT_TRAIL, MatrixFacts.EVERYTHING,
                    t -> t.verifier.verifyTrail())));

    @Autowired Acting acting;
    @Autowired PartnershipService partnerships;
    @Autowired ReviewService reviews;
    @Autowired VisitService visits;
    @Autowired TimelineService timeline;
    @Autowired ReportService reports;
    @Autowired SignOffService signOffs;
    @Autowired AuditLogService auditLog;
    @Autowired AuditChainVerifier verifier;
    @Autowired InboxService inbox;
    @Autowired AccountService accounts;
    @Autowired FollowUpService followUps;

    static Stream<Arguments> everyCommandForEveryRole() {
        return COMMANDS.keySet().stream().sorted().flatMap(command -> MatrixFacts.USERS.keySet().stream().sorted()
                .map(user -> Arguments.of(command, user)));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("everyCommandForEveryRole")
    void a_command_is_refused_exactly_where_the_matrix_says_so(String commandName, String username) {
        Command command = COMMANDS.get(commandName);
        boolean expected = new MatrixFacts(reviews).allows(command.capability(), username, command.review());

        Throwable outcome = null;
        try {
            acting.run(username, () -> command.call().accept(this));
        } catch (RuntimeException e) {
            outcome = e;
        }

        assertThat(outcome instanceof NotAllowedException)
                .as("%s refused to %s (%s)", username, commandName, outcome == null ? "it went through" : outcome)
                .isEqualTo(!expected);
    }

    private String planVisitTask() {
        return acting.as("coordinator", () -> inbox.page(0, 10)).stream()
                .filter(task -> task.route().contains("/PlanVisit/")).findFirst().orElseThrow().taskId();
    }
}
