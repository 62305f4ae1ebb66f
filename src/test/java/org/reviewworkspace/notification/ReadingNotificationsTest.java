package org.reviewworkspace.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.demo.Acting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Everyone reads and clears only their own notifications: the badge count, the list a page at a
 * time, marking one or all read. Ids from the browser never reach another user's notifications.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadingNotificationsTest {

    private static final String REVIEW_2025 = "REV-2025-PK-01";

    @Autowired NotificationService notifications;
    @Autowired Acting acting;

    @BeforeEach
    void everyoneHasReadEverything() {
        for (String user : List.of("approver", "observer")) {
            acting.run(user, notifications::markAllRead);
        }
    }

    @Test
    void the_demo_datas_2022_history_tells_nobody_of_its_long_done_tasks() {
        for (String user : List.of("coordinator", "lead", "assessor1", "assessor4")) {
            assertThat(acting.as(user, () -> notifications.page(0, 50)))
                    .noneMatch(item -> "REV-2022-PK-01".equals(item.referenceCode())
                            && item.kind() == NotificationKind.TASK_ASSIGNED);
        }
    }

    @Test
    void the_unread_count_counts_only_the_current_users_unread_notifications() {
        record("approver", "The findings of REV-2025-PK-01 await your sign-off", REVIEW_2025,
                "reviews/" + REVIEW_2025);
        record("approver", "You have a new task: Sign off findings (REV-2025-PK-01)", REVIEW_2025,
                "reviews/" + REVIEW_2025);
        record("observer", "The report of REV-2025-PK-01 is published", REVIEW_2025, null);

        assertThat(acting.as("approver", notifications::unreadCount)).isEqualTo(2);
        assertThat(acting.as("observer", notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void the_list_shows_the_newest_first_a_page_at_a_time_and_only_ones_own() {
        for (int i = 1; i <= 5; i++) {
            record("approver", "Approver notification " + i, REVIEW_2025, null);
        }
        record("observer", "Observer notification", REVIEW_2025, null);

        List<NotificationItem> first = acting.as("approver", () -> notifications.page(0, 3));
        List<NotificationItem> second = acting.as("approver", () -> notifications.page(3, 2));

        assertThat(first).extracting(NotificationItem::title)
                .containsExactly("Approver notification 5", "Approver notification 4", "Approver notification 3");
        assertThat(second).extracting(NotificationItem::title)
                .containsExactly("Approver notification 2", "Approver notification 1");
        assertThat(acting.as("observer", () -> notifications.page(0, 100))).extracting(NotificationItem::title)
                .contains("Observer notification").doesNotContain("Approver notification 1");
        acting.run("approver", () -> assertThatThrownBy(() -> notifications.page(0, 1_000))
                .isInstanceOf(InvalidInputException.class));
    }

    @Test
    void opening_a_notification_marks_it_read_and_lowers_the_count() {
        record("approver", "You have a new task: Sign off findings (REV-2025-PK-01)", REVIEW_2025, null);
        NotificationItem item = acting.as("approver", () -> notifications.page(0, 1)).get(0);

        acting.run("approver", () -> notifications.markRead(item.id()));
        acting.run("approver", () -> notifications.markRead(item.id()));

        assertThat(acting.as("approver", notifications::unreadCount)).isZero();
        assertThat(acting.as("approver", () -> notifications.page(0, 1))).singleElement()
                .satisfies(n -> assertThat(n.read()).isTrue());
    }

    @Test
    void a_user_cannot_read_or_mark_another_users_notification() {
        record("approver", "You have a new task: Sign off findings (REV-2025-PK-01)", REVIEW_2025, null);
        NotificationItem approvers = acting.as("approver", () -> notifications.page(0, 1)).get(0);

        acting.run("observer", () -> {
            assertThatThrownBy(() -> notifications.markRead(approvers.id())).isInstanceOf(NotFoundException.class)
                    .hasMessage("This notification does not exist.");
            assertThat(notifications.page(0, 100)).extracting(NotificationItem::id).doesNotContain(approvers.id());
        });
        assertThat(acting.as("approver", notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void mark_all_read_clears_ones_own_notifications_and_leaves_the_others() {
        record("approver", "Approver notification", REVIEW_2025, null);
        record("approver", "Another approver notification", REVIEW_2025, null);
        record("observer", "Observer notification", REVIEW_2025, null);

        assertThat(acting.as("approver", notifications::markAllRead)).isEqualTo(2);

        assertThat(acting.as("approver", notifications::unreadCount)).isZero();
        assertThat(acting.as("approver", () -> notifications.page(0, 2))).allSatisfy(n -> assertThat(n.read()).isTrue());
        assertThat(acting.as("observer", notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void nobody_signed_in_gets_no_notifications() {
        assertThatThrownBy(notifications::unreadCount).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> notifications.page(0, 10)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(notifications::markAllRead).isInstanceOf(NotAllowedException.class);
    }

    /** Records a notification as a trigger would, in a transaction of its own. */
    private void record(String recipient, String title, String referenceCode, String link) {
        notifications.notify(recipient, NotificationKind.TASK_ASSIGNED, title, referenceCode, link);
    }
}
