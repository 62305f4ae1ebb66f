package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.audit.AuditLogEntry;
import org.reviewworkspace.audit.AuditLogFilter;
import org.reviewworkspace.audit.AuditLogService;
import org.reviewworkspace.audit.ui.AuditLogView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** The Audit log screen as an administrator, a coordinator and an assessor meet it. */
class AuditLogScreenTest extends KaribuTestSupport {

    private static final int WHO = 2;
    private static final int ACTION = 3;
    private static final int REVIEW = 4;

    @Autowired AuditLogService log;
    @Autowired AuthenticationConfiguration authentication;

    @Test
    void an_administrator_filters_by_action_and_the_grid_shows_only_those_events() {
        signInAs("admin");
        navigateTo("audit");
        assertThat(currentView()).isEqualTo(AuditLogView.class);
        int everything = _size(auditLog());

        _setValue(_get(ComboBox.class, spec -> spec.withId("audit-filter-action")), "review.status-changed");

        assertThat(column(ACTION)).isNotEmpty().containsOnly("review.status-changed");
        assertThat(column(WHO)).containsOnly("Review process");
        long statusChanges = acting.as("admin", () -> log.count(AuditLogFilter.none().withAction("review.status-changed")));
        assertThat((long) _size(auditLog())).isLessThan(everything).isEqualTo(statusChanges);
    }

    @Test
    void a_family_of_actions_and_a_review_narrow_the_grid_together() {
        signInAs("admin");
        navigateTo("audit");

        _setValue(_get(ComboBox.class, spec -> spec.withId("audit-filter-action")), "review.*");
        _setValue(_get(TextField.class, spec -> spec.withId("audit-filter-review")), REVIEW_2025);

        assertThat(column(REVIEW)).isNotEmpty().containsOnly(REVIEW_2025);
        assertThat(column(ACTION)).allSatisfy(action -> assertThat(action).startsWith("review."));
    }

    @Test
    void selecting_an_event_shows_its_record_before_and_after_and_its_place_in_the_chain() {
        signInAs("admin");
        navigateTo("audit");
        _setValue(_get(ComboBox.class, spec -> spec.withId("audit-filter-action")), "review.status-changed");
        AuditLogEntry newest = _get(auditLog(), 0);

        auditLog().select(newest);

        assertThat(_get(Pre.class, spec -> spec.withId("audit-details-before")).getText()).isEqualTo(newest.before())
                .isNotBlank();
        assertThat(_get(Pre.class, spec -> spec.withId("audit-details-after")).getText()).isEqualTo(newest.after())
                .isNotBlank();
        assertThat(_get(Span.class, spec -> spec.withId("audit-details-hash")).getText()).isEqualTo(newest.hash())
                .hasSize(64);
        assertThat(_get(Span.class, spec -> spec.withId("audit-details-previous-hash")).getText())
                .isEqualTo(newest.previousHash());
    }

    @Test
    void a_period_that_ends_before_it_starts_is_marked_beside_its_last_day_and_the_dates_stay() {
        signInAs("admin");
        navigateTo("audit");
        int everything = _size(auditLog());
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("audit-filter-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("audit-filter-to"));

        _setValue(from, LocalDate.of(2001, 1, 28));
        _setValue(to, LocalDate.of(2001, 1, 24));

        _expectInvalid(to, "The period ends before it starts");
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2001, 1, 28));
        assertThat(to.getValue()).isEqualTo(LocalDate.of(2001, 1, 24));
        assertThat(_size(auditLog())).as("the grid keeps the last valid filter").isEqualTo(everything);

        _setValue(from, LocalDate.of(2001, 1, 20));

        assertThat(to.isInvalid()).isFalse();
        assertThat(_size(auditLog())).as("nothing was recorded in January 2001").isZero();
    }

    @Test
    void a_coordinator_sees_only_the_events_of_the_reviews_they_coordinate() {
        signInAs("coordinator");
        navigateTo("audit");

        assertThat(currentView()).isEqualTo(AuditLogView.class);
        assertThat(column(REVIEW)).isNotEmpty().containsOnly(REVIEW_2022, REVIEW_2025);
        assertThat(column(ACTION)).doesNotContain("user.created", "partnership.created");
        assertThat(_get(Anchor.class, spec -> spec.withId("audit-export-csv")).getText()).isEqualTo("Export CSV");
    }

    @Test
    void an_observer_who_types_the_address_gets_no_audit_log_and_the_refusal_is_recorded_once() {
        AuditLogFilter refusals = AuditLogFilter.none().withAction("access.refused");
        long refusalsBefore = acting.as("admin", () -> log.count(refusals));
        signInAs("observer");

        navigateTo("audit");

        assertThat(currentView()).isEqualTo(RouteNotFoundError.class);
        _assertNone(Grid.class, spec -> spec.withId("audit-log"));
        assertThat(acting.as("admin", () -> log.count(refusals))).isEqualTo(refusalsBefore + 1);
        assertThat(acting.as("admin", () -> log.search(refusals, Pageable.ofSize(1))))
                .extracting(AuditLogEntry::summary)
                .containsExactly("observer was refused: the page /audit is not open to their roles");
    }

    @Test
    void an_assessor_reads_the_events_of_the_reviews_whose_delegation_they_belong_to_and_no_sign_ins() {
        signInAs("assessor1");

        navigateTo("audit");

        assertThat(currentView()).isEqualTo(AuditLogView.class);
        assertThat(column(REVIEW)).isNotEmpty().containsOnly(REVIEW_2022, REVIEW_2025);
        assertThat(column(ACTION)).doesNotContain("user.signed-in", "user.created", "partnership.created");
    }

    @Test
    void sign_ins_failed_sign_ins_and_refused_pages_are_in_the_log_for_the_administrator() throws Exception {
        authentication.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("approver", "reviewdemo2025"));
        assertThatThrownBy(() -> authentication.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("approver", "not-the-password")))
                .isInstanceOf(BadCredentialsException.class);
        signInAs("observer");
        navigateTo("audit");
        closeApplication();
        openApplication();

        signInAs("admin");
        navigateTo("audit");
        _setValue(_get(ComboBox.class, spec -> spec.withId("audit-filter-action")), "user.signed-in");
        List<String> signedIn = column(6);
        _setValue(_get(ComboBox.class, spec -> spec.withId("audit-filter-action")), "user.sign-in-failed");
        List<String> failed = column(6);
        _setValue(_get(ComboBox.class, spec -> spec.withId("audit-filter-action")), "access.refused");
        List<String> refused = column(6);

        assertThat(signedIn).first().isEqualTo("approver signed in");
        assertThat(failed).first().asString().startsWith("Failed sign-in as approver");
        assertThat(refused).first().isEqualTo("observer was refused: the page /audit is not open to their roles");
        assertThat(_get(ComboBox.class, spec -> spec.withId("audit-filter-action")).getListDataView().getItems())
                .as("what the action filter offers").contains("user.sign-in-failed", "user.signed-in", "access.refused");
    }

    @Test
    void the_export_link_downloads_the_events_the_filters_select() throws Exception {
        signInAs("coordinator");
        navigateTo("audit");
        _setValue(_get(ComboBox.class, spec -> spec.withId("audit-filter-action")), "review.status-changed");
        _setValue(_get(TextField.class, spec -> spec.withId("audit-filter-review")), REVIEW_2022);
        List<String> shown = column(0);

        FakeResponse response = download(_get(Anchor.class, spec -> spec.withId("audit-export-csv")));

        assertThat(response.getHeader("Content-Disposition")).contains("audit-log-").contains(".csv");
        String[] lines = response.getBuffer().toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFSequence,Time (UTC),Actor,");
        assertThat(Arrays.stream(lines).skip(1).map(line -> line.substring(0, line.indexOf(','))))
                .isNotEmpty().containsExactlyElementsOf(shown);
        assertThat(acting.as("admin", () -> log.search(AuditLogFilter.none().withAction("audit.exported"),
                Pageable.ofSize(1)))).extracting(AuditLogEntry::summary).containsExactly("Review coordinator exported "
                + shown.size() + " audit events as CSV (action review.status-changed, review " + REVIEW_2022 + ")");
    }

    /** What the browser receives when the user clicks {@code link}: its download handler's response. */
    private static FakeResponse download(Anchor link) throws Exception {
        VaadinSession session = VaadinSession.getCurrent();
        ElementStreamResource resource = session.getResourceRegistry()
                .getResource(ElementStreamResource.class, URI.create(link.getHref())).orElseThrow();
        FakeResponse response = new FakeResponse();
        resource.getElementRequestHandler().handleRequest(VaadinRequest.getCurrent(),
                new VaadinServletResponse(response, (VaadinServletService) VaadinService.getCurrent()), session,
                link.getElement());
        return response;
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditLogEntry> auditLog() {
        return _get(Grid.class, spec -> spec.withId("audit-log"));
    }

    /** One column of the grid as the user reads it, newest row first. */
    private static List<String> column(int column) {
        Grid<AuditLogEntry> grid = auditLog();
        return IntStream.range(0, _size(grid)).mapToObj(row -> _getFormattedRow(grid, row).get(column)).toList();
    }
}
