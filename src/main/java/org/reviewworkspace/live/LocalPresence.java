package org.reviewworkspace.live;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@link Presence} in this node's memory. Listeners hear of arrivals and departures on the
 * live-updates thread, like changes.
 */
@Component
class LocalPresence implements Presence {

    private static final Logger log = LoggerFactory.getLogger(LocalPresence.class);

    private final Map<String, List<Visitor>> places = new ConcurrentHashMap<>();
    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final LiveUpdates updates;

    LocalPresence(LiveUpdates updates) {
        this.updates = updates;
    }

    @Override
    public Registration enter(String place, Visitor visitor) {
        places.compute(place, (p, visitors) -> {
            List<Visitor> here = visitors == null ? new CopyOnWriteArrayList<>() : visitors;
            here.add(visitor);
            return here;
        });
        changed(place);
        return () -> leave(place, visitor);
    }

    @Override
    public List<Visitor> at(String place) {
        return List.copyOf(places.getOrDefault(place, List.of()));
    }

    @Override
    public void leaveSession(String sessionKey) {
        places.forEach((place, visitors) -> visitors.stream().filter(v -> v.sessionKey().equals(sessionKey))
                .toList().forEach(v -> leave(place, v)));
    }

    @Override
    public Registration subscribe(Consumer<String> listener) {
        Listener entry = new Listener(listener);
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    private void leave(String place, Visitor visitor) {
        boolean[] left = {false};
        places.computeIfPresent(place, (p, visitors) -> {
            left[0] = visitors.remove(visitor);
            return visitors.isEmpty() ? null : visitors;
        });
        if (left[0]) {
            changed(place);
        }
    }

    private void changed(String place) {
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
