package org.reviewworkspace.live;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Presence} of every node sharing one PostgreSQL database (profile {@code postgres}): the
 * visitors are rows of {@code live_visitor}, each with the node it entered on; arrivals and
 * departures go to the other nodes' listeners through {@link ClusterRelay}.
 *
 * <p>A node that dies without leaving must not keep its visitors listed: every node refreshes its
 * row of {@code live_node} every {@link #HEARTBEAT}, by the database's clock (so the nodes' clocks
 * need not agree); visitors of a node silent for longer than
 * {@link #NODE_TIMEOUT} are no longer listed, and the next heartbeat of any survivor deletes them
 * and tells everyone's listeners of the places concerned. A node that was only slow (a long pause,
 * the database out of reach) and finds itself taken for dead enters its visitors again. A node
 * starting removes nothing of the others'; a node stopping cleanly removes its own visitors.
 */
@Component
@Profile("postgres")
class ClusterPresence implements Presence, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterPresence.class);

    /** How often a node says it is alive. */
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** How long a node may stay silent before its visitors are taken away. */
    static final Duration NODE_TIMEOUT = Duration.ofSeconds(30);

    private static final String ALIVE = "join live_node n on n.node_id = v.node_id"
            + " and n.heartbeat_at >= current_timestamp - " + NODE_TIMEOUT.toSeconds() + " * interval '1 second'";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final ClusterRelay relay;
    private final PresenceListeners listeners;
    /** This node's visitors by seat, to enter them again should the others have taken this node for dead. */
    private final Map<Long, Seat> seats = new ConcurrentSkipListMap<>();
    private final AtomicLong lastSeat = new AtomicLong();
    private ScheduledExecutorService heartbeat;

    ClusterPresence(JdbcTemplate jdbc, PlatformTransactionManager transactions, ClusterRelay relay,
                    LiveUpdates updates) {
        this.jdbc = jdbc;
        this.relay = relay;
        this.listeners = new PresenceListeners(updates);
        // presence is never part of a user's action: it commits, and is heard, on its own
        ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        relay.whenPlaceChanged(listeners::changed);
    }

    @Override
    public Registration enter(String place, Visitor visitor) {
        Seat seat = new Seat(lastSeat.incrementAndGet(), place, visitor);
        synchronized (this) {
            ownTransaction.executeWithoutResult(tx -> {
                insert(seat);
                relay.placeChanged(place);
            });
            seats.put(seat.number(), seat);
        }
        listeners.changed(place);
        return () -> leave(seat);
    }

    @Override
    public List<Visitor> at(String place) {
        return jdbc.query("select v.visitor_id, v.session_key, v.username, v.display_name from live_visitor v "
                        + ALIVE + " where v.place = ? order by v.id",
                (row, i) -> new Visitor(row.getString(1), row.getString(2), row.getString(3), row.getString(4)),
                place);
    }

    @Override
    public void leaveSession(String sessionKey) {
        Set<String> places = new LinkedHashSet<>();
        synchronized (this) {
            seats.values().removeIf(seat -> seat.visitor().sessionKey().equals(sessionKey));
            ownTransaction.executeWithoutResult(tx -> {
                places.addAll(jdbc.queryForList("delete from live_visitor where node_id = ? and session_key = ?"
                        + " returning place", String.class, relay.node(), sessionKey));
                places.forEach(relay::placeChanged);
            });
        }
        places.forEach(listeners::changed);
    }

    @Override
    public Registration subscribe(Consumer<String> listener) {
        return listeners.subscribe(listener);
    }

    private void leave(Seat seat) {
        int left;
        synchronized (this) {
            if (seats.remove(seat.number()) == null) {
                return;
            }
            left = ownTransaction.execute(tx -> {
                int deleted = jdbc.update("delete from live_visitor where node_id = ? and seat = ?",
                        relay.node(), seat.number());
                if (deleted > 0) {
                    relay.placeChanged(seat.place());
                }
                return deleted;
            });
        }
        if (left > 0) {
            listeners.changed(seat.place());
        }
    }

    private void insert(Seat seat) {
        Visitor visitor = seat.visitor();
        jdbc.update("insert into live_visitor (node_id, seat, place, visitor_id, session_key, username, display_name)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", relay.node(), seat.number(), seat.place(), visitor.id(),
                visitor.sessionKey(), visitor.username(), visitor.displayName());
    }

    /** Says this node is alive, and takes away the visitors of nodes that no longer are. */
    private void beat() {
        int alive = jdbc.update("update live_node set heartbeat_at = current_timestamp where node_id = ?",
                relay.node());
        if (alive == 0) {
            join();
        }
        sweep();
    }

    /**
     * Enters this node, and its visitors should the others have taken it for dead and deleted
     * them; at start-up there are none yet.
     */
    private synchronized void join() {
        if (!seats.isEmpty()) {
            log.warn("The other nodes took this node for dead (no heartbeat for {} s); its {} visitors are listed again",
                    NODE_TIMEOUT.toSeconds(), seats.size());
        }
        Set<String> places = new LinkedHashSet<>();
        ownTransaction.executeWithoutResult(tx -> {
            jdbc.update("insert into live_node (node_id, heartbeat_at) values (?, current_timestamp)", relay.node());
            places.addAll(jdbc.queryForList("delete from live_visitor where node_id = ? returning place",
                    String.class, relay.node()));
            seats.values().forEach(seat -> {
                insert(seat);
                places.add(seat.place());
            });
            places.forEach(relay::placeChanged);
        });
        places.forEach(listeners::changed);
    }

    /** Deletes the nodes silent for too long and the visitors of nodes that are gone, telling every listener. */
    private void sweep() {
        Set<String> places = new LinkedHashSet<>(ownTransaction.execute(tx -> {
            jdbc.update("delete from live_node where heartbeat_at < current_timestamp - "
                    + NODE_TIMEOUT.toSeconds() + " * interval '1 second'");
            List<String> gone = jdbc.queryForList("delete from live_visitor v where not exists"
                    + " (select 1 from live_node n where n.node_id = v.node_id) returning place", String.class);
            new LinkedHashSet<>(gone).forEach(relay::placeChanged);
            return gone;
        }));
        places.forEach(listeners::changed);
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (RuntimeException e) {
            log.warn("The presence heartbeat failed; trying again in {} s", HEARTBEAT.toSeconds(), e);
        }
    }

    /** Enters this node before any screen can enter a place, and keeps it alive. */
    @Override
    public synchronized void start() {
        beatQuietly();
        heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "live-presence-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(this::beatQuietly, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Leaves cleanly: this node's visitors go, and the other nodes' listeners hear of it. */
    @Override
    public synchronized void stop() {
        if (heartbeat == null) {
            return;
        }
        heartbeat.shutdownNow();
        heartbeat = null;
        seats.clear();
        try {
            ownTransaction.executeWithoutResult(tx -> {
                new LinkedHashSet<>(jdbc.queryForList("delete from live_visitor where node_id = ? returning place",
                        String.class, relay.node())).forEach(relay::placeChanged);
                jdbc.update("delete from live_node where node_id = ?", relay.node());
            });
        } catch (RuntimeException e) {
            log.warn("Could not take this node's visitors away; the other nodes do within {} s",
                    NODE_TIMEOUT.toSeconds(), e);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return heartbeat != null;
    }

    /** One visit on this node; its number identifies its row together with the node. */
    private record Seat(long number, String place, Visitor visitor) {
    }
}
