package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.audit.ui.VerifyTrailView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An administrator verifies the audit trail from the side navigation and reads the outcome: intact,
 * or the event that was altered in the database, by its number. Nobody else gets the screen.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class VerifyingTheAuditTrailTest extends KaribuTestSupport {

    @Autowired JdbcTemplate jdbc;

    @Test
    void an_administrator_finds_the_screen_in_the_menu_verifies_and_reads_intact() {
        signInAs("admin");
        assertThat(_find(_get(SideNav.class, spec -> spec.withId("main-nav")), SideNavItem.class))
                .extracting(SideNavItem::getLabel, SideNavItem::getPath)
                .contains(org.assertj.core.groups.Tuple.tuple("Verify audit trail", "audit/verify"));
        navigateTo("audit/verify");
        _assertNone(Div.class, spec -> spec.withId("audit-verify-result"));
        long events = jdbc.queryForObject("select count(*) from audit_event", Long.class);

        _click(_get(Button.class, spec -> spec.withId("audit-verify")));

        _get(Div.class, spec -> spec.withId("audit-verify-result"));
        assertThat(_get(Span.class, spec -> spec.withId("audit-verify-outcome")).getText()).isEqualTo("Intact");
        assertThat(_get(Paragraph.class, spec -> spec.withId("audit-verify-message")).getText())
                .isEqualTo("Intact: " + events + " events verified");
        assertThat(_get(Button.class, spec -> spec.withId("audit-verify")).isEnabled())
                .as("ready to verify again").isTrue();
    }

    @Test
    @DirtiesContext
    void after_a_row_is_altered_in_the_database_the_administrator_sees_the_broken_event_named() {
        long altered = jdbc.queryForObject("select min(sequence) from audit_event where action = 'review.started'",
                Long.class);
        jdbc.execute("drop trigger audit_event_append_only");
        jdbc.update("update audit_event set actor = 'observer' where sequence = ?", altered);
        jdbc.execute("create trigger audit_event_append_only before update, delete on audit_event "
                + "for each row call \"org.reviewworkspace.audit.AppendOnlyTrigger\"");
        signInAs("admin");
        navigateTo("audit/verify");

        _click(_get(Button.class, spec -> spec.withId("audit-verify")));

        assertThat(_get(Span.class, spec -> spec.withId("audit-verify-outcome")).getText()).isEqualTo("Broken");
        assertThat(_get(Paragraph.class, spec -> spec.withId("audit-verify-message")).getText())
                .startsWith("Broken at event #" + altered + " (")
                .contains("review.started by observer")
                .endsWith("its stored hash does not match its content \u2014 the content was changed after it was "
                        + "written");
    }

    @Test
    void a_coordinator_who_types_the_address_does_not_get_the_screen() {
        signInAs("coordinator");
        assertThat(_find(_get(SideNav.class, spec -> spec.withId("main-nav")), SideNavItem.class))
                .extracting(SideNavItem::getLabel).doesNotContain("Verify audit trail");

        navigateTo("audit/verify");

        assertThat(currentView()).isNotEqualTo(VerifyTrailView.class);
        _assertNone(Button.class, spec -> spec.withId("audit-verify"));
    }
}
