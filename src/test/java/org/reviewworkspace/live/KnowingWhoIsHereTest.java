package org.reviewworkspace.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.live.Presence.Places;
import org.reviewworkspace.live.Presence.Visitor;

/** Presence on one node: who has a review open, told to the others as they come and go. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KnowingWhoIsHereTest {

    static final String PLACE = Places.review("REV-2025-PK-01");
    final LiveUpdates updates = new LiveUpdates();
    final Presence presence = new LocalPresence(updates);
    final Visitor coordinator = new Visitor("s1/0/1", "s1", "coordinator", "Review coordinator");
    final Visitor lead = new Visitor("s2/0/2", "s2", "lead", "Delegation lead");
    final Visitor leadInAnotherTab = new Visitor("s2/1/3", "s2", "lead", "Delegation lead");

    @Test
    void presence_shows_two_users_and_forgets_the_one_who_leaves() throws Exception {
        BlockingQueue<String> changed = new LinkedBlockingQueue<>();
        Registration listening = presence.subscribe(changed::add);

        Registration coordinatorHere = presence.enter(PLACE, coordinator);
        Registration leadHere = presence.enter(PLACE, lead);
        assertThat(presence.at(PLACE)).containsExactly(coordinator, lead);

        leadHere.remove();
        assertThat(presence.at(PLACE)).containsExactly(coordinator);
        assertThat(changed.poll(5, TimeUnit.SECONDS)).isEqualTo(PLACE);

        coordinatorHere.remove();
        assertThat(presence.at(PLACE)).isEmpty();
        listening.remove();
        updates.destroy();
    }

    @Test
    void the_end_of_a_browser_session_takes_all_its_tabs_away_and_leaves_nobody_behind() {
        presence.enter(PLACE, coordinator);
        presence.enter(PLACE, lead);
        presence.enter(Places.assessment("REV-2025-PK-01", "NCP"), leadInAnotherTab);

        presence.leaveSession("s2");

        assertThat(presence.at(PLACE)).containsExactly(coordinator);
        assertThat(presence.at(Places.assessment("REV-2025-PK-01", "NCP"))).isEmpty();
        updates.destroy();
    }
}
