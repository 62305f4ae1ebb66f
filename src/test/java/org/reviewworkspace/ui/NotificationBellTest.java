package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.notification.NotificationItem;
import org.reviewworkspace.notification.NotificationService;
import org.reviewworkspace.visit.VisitService;
import org.reviewworkspace.workflow.AssessorReminderDue;
import org.reviewworkspace.workspace.ui.ReviewWorkspaceView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The bell in the title bar: the unread count, the latest notifications, opening one, clearing them all. */
class NotificationBellTest extends KaribuTestSupport {

    @Autowired NotificationService notifications;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired VisitService visits;

    @Test
    void the_bell_shows_how_many_notifications_are_unread_and_lists_the_latest() {
        givenTheLeadHasBeenReminded(2);
        givenTheLeadHasBeenReminded(3);
        signInAs("lead");

        assertThat(count().isVisible()).isTrue();
        assertThat(count().getText()).isEqualTo("3");
        _click(bell());

        assertThat(rows()).as("the newest first; earlier ones, already read, after them").hasSizeGreaterThan(3)
                .extracting(row -> row.getClassNames().contains("unread"))
                .startsWith(true, true, true, false).doesNotContainSequence(false, true);
        assertThat(_find(rows().get(0), Span.class)).extracting(Span::getText)
                .contains("The NCP assessment is due in two days");
        assertThat(_find(rows().get(0), Span.class)).extracting(Span::getText)
                .anySatisfy(text -> assertThat(text).endsWith(" UTC"));
    }

    @Test
    void opening_a_notification_marks_it_read_and_goes_to_its_review() {
        givenTheLeadHasBeenReminded(2);
        signInAs("lead");
        _click(bell());

        _click(rows().get(0));

        assertThat(currentView()).isEqualTo(ReviewWorkspaceView.class);
        assertThat(count().getText()).isEqualTo("1");
        assertThat(acting.as("lead", () -> notifications.page(0, 2))).extracting(NotificationItem::read)
                .containsExactly(true, false);
    }

    @Test
    void mark_all_as_read_hides_the_badge() {
        givenTheLeadHasBeenReminded(2);
        signInAs("lead");
        _click(bell());

        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all")));

        _assertNone(Span.class, spec -> spec.withId("notifications-count"));
        assertThat(acting.as("lead", notifications::unreadCount)).isZero();
        assertThat(rows()).allSatisfy(row -> assertThat(row.getClassNames()).contains("read"));
    }

    @Test
    void with_everything_read_there_is_no_badge_and_the_list_shows_what_was_read() {
        givenTheLeadHasBeenReminded(1);
        acting.run("lead", notifications::markAllRead);
        signInAs("lead");

        _assertNone(Span.class, spec -> spec.withId("notifications-count"));
        _click(bell());
        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.getClassNames()).contains("read"));
        assertThat(_find(rows().get(0), Span.class)).extracting(Span::getText)
                .contains("The NCP assessment is due in two days");
    }

    @Test
    void nobody_signed_in_sees_no_bell() {
        navigateTo("login");

        _assertNone(Button.class, spec -> spec.withId("notifications-bell"));
    }

    /**
     * The lead has read everything so far; then the process reminds them {@code times} of their NCP
     * assessment of 2022 (long submitted, so the link opens the review's workspace).
     */
    private void givenTheLeadHasBeenReminded(int times) {
        acting.run("lead", notifications::markAllRead);
        long ncp = acting.as("coordinator", () -> visits.overview(review(REVIEW_2022).id())).assignments().stream()
                .filter(a -> a.institutionAcronym().equals("NCP")).findFirst().orElseThrow().id();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        for (int i = 0; i < times; i++) {
            transaction.executeWithoutResult(status -> events.publishEvent(new AssessorReminderDue(REVIEW_2022, ncp)));
        }
    }

    private static Button bell() {
        return _get(Button.class, spec -> spec.withId("notifications-bell"));
    }

    private static Span count() {
        return _get(Span.class, spec -> spec.withId("notifications-count"));
    }

    private static List<Div> rows() {
        return _find(_get(VerticalLayout.class, spec -> spec.withId("notifications-list")), Div.class).stream()
                .filter(div -> div.getId().orElse("").startsWith("notification-")).toList();
    }
}
