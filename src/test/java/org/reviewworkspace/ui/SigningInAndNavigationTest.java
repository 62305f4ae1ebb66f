package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reviewworkspace.inbox.ui.InboxView;
import org.reviewworkspace.partnership.ui.PartnershipsView;
import org.reviewworkspace.security.ui.LoginView;

/** Who gets past the sign-in page, and which screens the side navigation offers each role. */
class SigningInAndNavigationTest extends KaribuTestSupport {

    @ParameterizedTest(name = "opening \"{0}\"")
    @ValueSource(strings = {"", "home", "reviews", "findings"})
    void an_anonymous_visitor_is_sent_to_the_login_page(String route) {
        navigateTo(route);

        assertThat(currentView()).isEqualTo(LoginView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("login");
        assertThat(_find(SideNav.class)).as("no navigation before signing in").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lead", "assessor1", "approver"})
    void assessors_and_approvers_see_the_inbox_the_reviews_and_the_audit_log_of_their_reviews_in_the_menu(
            String username) {
        signInAs(username);

        assertThat(currentView()).isEqualTo(InboxView.class);
        assertThat(menuLabels()).containsExactly("Home", "Inbox", "Reviews", "Findings", "Follow-ups", "Audit log");
    }

    @Test
    void an_observer_sees_the_inbox_and_the_reviews_in_the_menu() {
        signInAs("observer");

        assertThat(currentView()).isEqualTo(InboxView.class);
        assertThat(menuLabels()).containsExactly("Home", "Inbox", "Reviews", "Findings", "Follow-ups");
    }

    @Test
    void a_coordinator_also_manages_the_partnerships_and_reads_the_audit_log() {
        signInAs("coordinator");

        assertThat(menuLabels()).containsExactly("Home", "Inbox", "Reviews", "Findings", "Follow-ups", "Partnerships", "Audit log");
    }

    @Test
    void an_assessor_who_types_the_partnerships_address_does_not_get_the_screen() {
        signInAs("assessor1");
        navigateTo("partnerships");

        assertThat(currentView()).isNotEqualTo(PartnershipsView.class);
        _assertNone(Grid.class, spec -> spec.withId("institutions-grid"));
    }

    @Test
    void an_administrator_sees_the_inbox_the_audit_log_the_trail_verification_and_the_users_in_the_menu() {
        signInAs("admin");

        assertThat(menuLabels()).containsExactly("Home", "Inbox", "Audit log", "Verify audit trail", "Users");
    }

    private static List<String> menuLabels() {
        return _find(_get(SideNav.class, spec -> spec.withId("main-nav")), SideNavItem.class).stream()
                .map(SideNavItem::getLabel).toList();
    }
}
