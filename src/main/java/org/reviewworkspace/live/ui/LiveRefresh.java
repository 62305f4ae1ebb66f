package org.reviewworkspace.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Duration;
import java.util.function.Predicate;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.live.Change;
import org.reviewworkspace.live.LiveUpdates;
import org.reviewworkspace.security.CurrentUser;

/**
 * Lets a screen show other people's changes without a reload. A view injects it and says, once,
 * what it cares about and how it catches up:
 *
 * <pre>{@code
 * live.whenChanged(this, change -> change.kind() == Change.Kind.TASKS, () -> grid.getDataProvider().refreshAll());
 * }</pre>
 *
 * While the component is attached it hears every {@link Change} that matches and concerns the
 * user signed in when it was attached; {@code refresh} then runs inside {@code ui.access}, with
 * the session locked and the user's security context, and server push takes the result to the
 * browser. A burst of changes (a completed task that opens six others) gives one refresh, after
 * {@link #QUIET_PERIOD}. Detaching ends the subscription; attaching again renews it.
 */
@SpringComponent
public class LiveRefresh {

    /** How long after a change further ones are gathered into the same refresh. */
    public static final Duration QUIET_PERIOD = Duration.ofMillis(200);

    private final LiveUpdates updates;
    private final CurrentUser currentUser;

    LiveRefresh(LiveUpdates updates, CurrentUser currentUser) {
        this.updates = updates;
        this.currentUser = currentUser;
    }

    /**
     * Runs {@code refresh} on {@code component}'s UI whenever a change matching {@code which}
     * and concerning the signed-in user has committed, while the component is attached.
     *
     * @return removes the listening for good (detaching alone only pauses it)
     */
    public Registration whenChanged(Component component, Predicate<Change> which,
                                    Runnable refresh) {
        return new Listening(component, which, refresh);
    }

    /** The username of whoever is signed in, or {@code null} (who hears only changes for anybody). */
    String signedIn() {
        try {
            return currentUser.username();
        } catch (NotAllowedException e) {
            return null;
        }
    }

    /** One component's listening: subscribed while attached. */
    private final class Listening extends WhileAttached {

        private final Predicate<Change> which;
        private final Runnable refresh;
        private Registration subscription;

        Listening(Component component, Predicate<Change> which, Runnable refresh) {
            super(component, updates);
            this.which = which;
            this.refresh = refresh;
            beginIfAttached(component);
        }

        @Override
        synchronized void start(UI ui) {
            stop();
            String username = signedIn();
            subscription = updates.subscribe(change -> {
                if ((username == null ? change.usernames().isEmpty() : change.concerns(username))
                        && which.test(change)) {
                    schedule(ui, refresh);
                }
            });
        }

        @Override
        void release() {
            if (subscription != null) {
                subscription.remove();
                subscription = null;
            }
        }

        @Override
        synchronized boolean active() {
            return subscription != null;
        }
    }
}
