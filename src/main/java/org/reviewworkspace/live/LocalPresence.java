package org.reviewworkspace.live;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@link Presence} in this node's memory, for a single node (every profile but {@code postgres},
 * which has {@link ClusterPresence}). Listeners hear of arrivals and departures on the
 * live-updates thread, like changes.
 */
@Component
@Profile("!postgres")
class LocalPresence implements Presence {

    private final Map<String, List<Visitor>> places = new ConcurrentHashMap<>();
    private final PresenceListeners listeners;

    LocalPresence(LiveUpdates updates) {
        listeners = new PresenceListeners(updates);
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
        return listeners.subscribe(listener);
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
        listeners.changed(place);
    }
}
