package org.reviewworkspace.live;

import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listeners of a {@link Presence}: told of a place on the live-updates thread, like changes. */
final class PresenceListeners {

    private static final Logger log = LoggerFactory.getLogger(PresenceListeners.class);

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final LiveUpdates updates;

    PresenceListeners(LiveUpdates updates) {
        this.updates = updates;
    }

    Registration subscribe(Consumer<String> listener) {
        Listener entry = new Listener(listener);
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    /** Tells every listener, on the live-updates thread, that somebody arrived at or left {@code place}. */
    void changed(String place) {
        updates.execute(() -> listeners.forEach(listener -> {
            try {
                listener.consumer.accept(place);
            } catch (RuntimeException e) {
                log.warn("A presence listener failed on {}", place, e);
            }
        }));
    }

    /** One subscription, with its own identity. */
    private record Listener(Consumer<String> consumer) {

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
