package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reviewworkspace.MatrixFacts;
import org.reviewworkspace.audit.AuditLogEntry;
import org.reviewworkspace.audit.AuditLogFilter;
import org.reviewworkspace.audit.AuditLogService;
import org.reviewworkspace.audit.ui.AuditLogView;
import org.reviewworkspace.assessment.ui.CriteriaView;
import org.reviewworkspace.finding.ui.FindingsView;
import org.reviewworkspace.home.ui.HomeView;
import org.reviewworkspace.inbox.ui.InboxView;
import org.reviewworkspace.partnership.ui.PartnershipsView;
import org.reviewworkspace.review.ui.ReviewsView;
import org.reviewworkspace.security.Capability;
import org.reviewworkspace.security.ui.UsersView;
import org.reviewworkspace.visit.ui.PlanVisitView;
import org.reviewworkspace.workspace.ui.ReviewWorkspaceView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Every page × every role, generated from the permission matrix: each demo user opens each page
 * by its address, as if pasted into the browser, and gets it exactly when the matrix and the
 * demo data's facts (coordinator, delegation, stage, observed partnership) allow it.
 */
class PagesByRoleTest extends KaribuTestSupport {

    @Autowired AuditLogService auditLog;

    /** A page, the capability it offers, and the review it concerns ({@code null}: none). */
    private record Page(String route, Class<? extends Component> view, Capability capability, String review) {
    }

    private static final Map<String, Page> PAGES = Map.ofEntries(
            Map.entry("inbox", new Page("", InboxView.class, null, null)),
            Map.entry("home", new Page("home", HomeView.class, null, null)),
            Map.entry("findings", new Page("findings", FindingsView.class, Capability.SEE_REVIEW_IN_PROGRESS, null)),
            Map.entry("reviews", new Page("reviews", ReviewsView.class, Capability.SEE_REVIEW_IN_PROGRESS, null)),
            Map.entry("partnerships", new Page("partnerships", PartnershipsView.class,
                    Capability.MANAGE_PARTNERSHIPS, null)),
            Map.entry("audit log", new Page("audit", AuditLogView.class, Capability.READ_AUDIT_TRAIL, null)),
            Map.entry("users", new Page("users", UsersView.class, Capability.MANAGE_USERS, null)),
            Map.entry("2025 review in planning", new Page("reviews/" + REVIEW_2025, ReviewWorkspaceView.class,
                    Capability.SEE_REVIEW_IN_PROGRESS, REVIEW_2025)),
            Map.entry("2022 published review", new Page("reviews/" + REVIEW_2022, ReviewWorkspaceView.class,
                    Capability.READ_PUBLISHED_REPORTS, REVIEW_2022)),
            Map.entry("2025 criteria", new Page("reviews/" + REVIEW_2025 + "/criteria", CriteriaView.class,
                    Capability.PLAN_VISIT, REVIEW_2025)),
            Map.entry("2025 Plan visit task", new Page("tasks/PlanVisit/", PlanVisitView.class,
                    Capability.PLAN_VISIT, REVIEW_2025)));

    static Stream<Arguments> everyPageForEveryRole() {
        return PAGES.keySet().stream().sorted().flatMap(page -> MatrixFacts.USERS.keySet().stream().sorted()
                .map(user -> Arguments.of(page, user)));
    }

    @ParameterizedTest(name = "{1} opening the {0}")
    @MethodSource("everyPageForEveryRole")
    void a_page_opens_exactly_for_the_roles_and_reach_of_the_matrix(String pageName, String username) {
        Page page = PAGES.get(pageName);
        String route = page.view() == PlanVisitView.class
                ? page.route() + taskOf("coordinator", REVIEW_2025, "PlanVisit").taskId() : page.route();
        boolean expected = page.capability() == null
                || new MatrixFacts(reviews).allows(page.capability(), username, page.review())
                || ((page.view() == ReviewsView.class || page.view() == FindingsView.class)
                        && new MatrixFacts(reviews).allows(Capability.READ_PUBLISHED_REPORTS, username, null));

        signInAs(username);
        navigateTo(route);

        assertThat(opened(page.view()))
                .as("%s opening /%s (%s)", username, route, page.capability() == null ? "any signed-in user"
                        : page.capability().what())
                .isEqualTo(expected);
    }

    @Test
    void the_observer_who_pastes_the_address_of_a_draft_review_is_told_no_and_the_refusal_is_audited() {
        signInAs("observer");

        navigateTo("reviews/" + REVIEW_2025);

        assertThat(_get(Paragraph.class, spec -> spec.withId("review-unavailable")).getText())
                .isEqualTo("You do not have access to review " + REVIEW_2025 + ".");
        assertThat(acting.as("admin", () -> auditLog.search(AuditLogFilter.none().withAction("access.refused")
                .withActor("observer"), PageRequest.of(0, 5)))).extracting(AuditLogEntry::summary)
                .containsExactly("observer was refused: You do not have access to review " + REVIEW_2025 + ".");
    }

    /** The page is on screen with its content, not Vaadin's "not found" nor a refusal in its place. */
    private static boolean opened(Class<? extends Component> view) {
        if (!currentView().equals(view)) {
            return false;
        }
        List<Paragraph> refusals = _find(Paragraph.class).stream()
                .filter(p -> p.getId().map(id -> id.endsWith("-unavailable")).orElse(false)).toList();
        return refusals.isEmpty();
    }
}
