package org.reviewworkspace.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.reviewworkspace.base.UserNames;
import org.reviewworkspace.live.LiveUpdates;
import org.reviewworkspace.live.Presence;
import org.reviewworkspace.live.Presence.Visitor;

/**
 * Shows who else has a record open, and tells the others that this user has it open too:
 *
 * <pre>{@code
 * livePresence.show(avatars, Presence.Places.review(code), here -> avatars.setItems(...));
 * }</pre>
 *
 * While the component is attached its screen is a visitor of the place; {@code render} runs at
 * once and again, inside {@code ui.access}, whenever somebody arrives or leaves (bursts gathered
 * as in {@link LiveRefresh}). Detaching the component leaves the place; so does the end of the
 * browser session, and Vaadin detaches the screens of a tab that stopped sending heartbeats.
 */
@SpringComponent
public class LivePresence implements VaadinServiceInitListener {

    /** The attribute of a Vaadin session naming it to {@link Presence}. */
    private static final String SESSION_KEY = LivePresence.class.getName() + ".session";
    private static final AtomicLong SCREENS = new AtomicLong();

    private final Presence presence;
    private final LiveUpdates updates;
    private final LiveRefresh refresh;
    private final UserNames names;

    LivePresence(Presence presence, LiveUpdates updates, LiveRefresh refresh, UserNames names) {
        this.presence = presence;
        this.updates = updates;
        this.refresh = refresh;
        this.names = names;
    }

    /**
     * Makes this screen a visitor of {@code place} while {@code component} is attached, and calls
     * {@code render} with who is there now and whenever that changes.
     *
     * @return removes the presence for good (detaching alone only pauses it)
     */
    public Registration show(Component component, String place, Consumer<Here> render) {
        return new Visit(component, place, render);
    }

    /** Forgets every screen of a session when Vaadin destroys it (sign-out, session timeout). */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            Object key = destroyed.getSession().getAttribute(SESSION_KEY);
            if (key != null) {
                presence.leaveSession(key.toString());
            }
        });
    }

    private static String sessionKey(VaadinSession session) {
        Object key = session.getAttribute(SESSION_KEY);
        if (key == null) {
            key = UUID.randomUUID().toString();
            session.setAttribute(SESSION_KEY, key);
        }
        return key.toString();
    }

    /**
     * Who is at a place, as one screen sees it.
     *
     * @param me this screen
     * @param everyone every screen there, this one included, in the order they arrived
     */
    public record Here(Visitor me, List<Visitor> everyone) {

        /** The other screens: other users, and this user in other tabs. */
        public List<Visitor> others() {
            return everyone.stream().filter(v -> !v.id().equals(me.id())).toList();
        }

        /** The display names of the users there, each once, in the order they arrived. */
        public List<String> people() {
            return everyone.stream().map(Visitor::displayName).distinct().toList();
        }
    }

    /** One screen at one place: there while attached. */
    private final class Visit extends WhileAttached {

        private final String place;
        private final Consumer<Here> render;
        private Visitor me;
        private Registration entry;
        private Registration listening;

        Visit(Component component, String place, Consumer<Here> render) {
            super(component, updates);
            this.place = place;
            this.render = render;
            beginIfAttached(component);
        }

        @Override
        synchronized void start(UI ui) {
            stop();
            String username = refresh.signedIn();
            if (username == null) {
                return;
            }
            String session = sessionKey(ui.getSession());
            me = new Visitor(session + "/" + ui.getUIId() + "/" + SCREENS.incrementAndGet(), session, username,
                    names.displayName(username));
            listening = presence.subscribe(changed -> {
                if (changed.equals(place)) {
                    schedule(ui, this::show);
                }
            });
            entry = presence.enter(place, me);
            render.accept(new Here(me, presence.at(place)));
        }

        private void show() {
            Visitor current = current();
            if (current != null) {
                render.accept(new Here(current, presence.at(place)));
            }
        }

        private synchronized Visitor current() {
            return entry == null ? null : me;
        }

        @Override
        void release() {
            if (listening != null) {
                listening.remove();
                listening = null;
            }
            if (entry != null) {
                entry.remove();
                entry = null;
            }
        }

        @Override
        boolean active() {
            return current() != null;
        }
    }
}
