package org.reviewworkspace.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Carries {@link Change}s and presence between the nodes that share one PostgreSQL database
 * (profile {@code postgres}), with LISTEN/NOTIFY: no broker to run, and a notification sent inside
 * a transaction reaches the other nodes only if and when that transaction commits.
 *
 * <p>Sending: {@code pg_notify} on the connection of the transaction that published the change,
 * just before it commits. Hearing: one connection of its own, opened with the DataSource's URL,
 * user and password rather than taken from the pool, so that it never counts against the pool's
 * size, its LISTEN never comes back to a request in a pooled connection, and it can be given a
 * network timeout of its own. A daemon thread waits on it, skips what this node sent (its own
 * screens heard it already) and hands the rest to {@link LiveUpdates#deliver} or to the
 * presence. A lost connection is opened again every {@link #RETRY}; what was sent meanwhile is
 * lost, and the screens concerned catch up with their next change.
 *
 * <p>A NOTIFY that fails (PostgreSQL refuses it only when its notification queue is full, that is
 * when a listener stopped reading for a long time) fails the transaction that sent it: PostgreSQL
 * aborts the whole transaction on any failed statement.
 */
@Component
@Profile("postgres")
class ClusterRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterRelay.class);

    static final String CHANNEL = "review_workspace_live";
    /** How the listening connection shows among the database's sessions ({@code pg_stat_activity}). */
    static final String APPLICATION_NAME = "review-workspace live relay";
    /** NOTIFY refuses 8000 bytes; a change longer than this goes out to anybody, without its usernames. */
    static final int MAX_PAYLOAD_BYTES = 4000;
    /** How long one wait for notifications lasts: how long stopping may take. */
    private static final Duration WAIT = Duration.ofSeconds(1);
    /** How often an idle connection is checked; a half-open one would otherwise wait forever. */
    private static final int WAITS_BETWEEN_CHECKS = 15;
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final String node = UUID.randomUUID().toString();
    private final JdbcTemplate jdbc;
    private final LiveUpdates updates;
    private final DataSourceProperties database;
    private final ObjectMapper json;
    private volatile Consumer<String> presence = place -> { };
    private volatile boolean running;
    private Thread listener;

    ClusterRelay(JdbcTemplate jdbc, LiveUpdates updates, DataSourceProperties database, ObjectMapper json) {
        this.jdbc = jdbc;
        this.updates = updates;
        this.database = database;
        this.json = json;
    }

    /** This node, as the others know it; new at every start. */
    String node() {
        return node;
    }

    /** Calls {@code listener} with the place whenever another node says somebody arrived there or left. */
    void whenPlaceChanged(Consumer<String> listener) {
        presence = listener;
    }

    /** Tells the other nodes of {@code change} when the current transaction commits (at once without one). */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void relay(Change change) {
        String payload = payload(new Notice(node, change, null));
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            payload = payload(new Notice(node, new Change(change.kind(), change.referenceCode(), Set.of()), null));
        }
        send(payload);
    }

    /** Tells the other nodes that somebody arrived at or left {@code place}, when the current transaction commits. */
    void placeChanged(String place) {
        send(payload(new Notice(node, null, place)));
    }

    private void send(String payload) {
        // joins the current transaction's connection, so PostgreSQL holds the notification until it commits
        jdbc.query("select pg_notify(?, ?)", (RowCallbackHandler) row -> { }, CHANNEL, payload);
    }

    private String payload(Notice notice) {
        try {
            return json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + notice, e);
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        // listening before the context is up, so that nothing committed after start-up is missed
        Connection first = null;
        try {
            first = listen();
        } catch (SQLException e) {
            log.warn("Cannot listen to the other nodes yet; retrying every {} s", RETRY.toSeconds(), e);
        }
        log.info("Live updates go to and come from the other nodes through PostgreSQL's NOTIFY on {}; this node is {}",
                CHANNEL, node);
        Connection connection = first;
        listener = new Thread(() -> hear(connection), "live-cluster-relay");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(WAIT.toMillis() * 3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            listener = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private Connection listen() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.determineUsername());
        String password = database.determinePassword();
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = DriverManager.getConnection(database.determineUrl(), properties);
        try (Statement sql = connection.createStatement()) {
            sql.execute("listen " + CHANNEL);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** The listener thread: waits for notifications, and opens the connection again whenever it is lost. */
    private void hear(Connection first) {
        Connection connection = first;
        // without a first connection start() has warned already
        boolean lost = first == null;
        while (running) {
            try {
                if (connection == null) {
                    connection = listen();
                    if (lost) {
                        log.info("Listening to the other nodes again; screens catch up on what they missed"
                                + " meanwhile with their next change");
                        lost = false;
                    }
                }
                waitForNotifications(connection);
            } catch (SQLException e) {
                if (running && !lost) {
                    log.warn("Lost the connection that hears the other nodes' live updates; retrying every {} s",
                            RETRY.toSeconds(), e);
                    lost = true;
                }
                close(connection);
                connection = null;
                pause();
            }
        }
        close(connection);
    }

    private void waitForNotifications(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        int idle = 0;
        while (running) {
            PGNotification[] notifications = postgres.getNotifications((int) WAIT.toMillis());
            if (notifications == null || notifications.length == 0) {
                if (++idle >= WAITS_BETWEEN_CHECKS) {
                    idle = 0;
                    if (!connection.isValid((int) RETRY.toSeconds())) {
                        throw new SQLException("The listening connection no longer answers");
                    }
                }
                continue;
            }
            idle = 0;
            for (PGNotification notification : notifications) {
                receive(notification.getParameter());
            }
        }
    }

    private void receive(String payload) {
        Notice notice;
        try {
            notice = json.readValue(payload, Notice.class);
        } catch (JsonProcessingException e) {
            log.warn("Ignored a live update that is not ours: {}", payload, e);
            return;
        }
        if (node.equals(notice.node())) {
            return;
        }
        if (notice.change() != null) {
            updates.deliver(notice.change());
        }
        if (notice.place() != null) {
            presence.accept(notice.place());
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            // stop() interrupts; the loop then sees that it is no longer running
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the listening connection failed", e);
            }
        }
    }

    /**
     * What travels in one notification: a change or a place, and the node that sent it.
     *
     * @param node the sending node
     * @param change a change committed there, or {@code null}
     * @param place a place somebody arrived at or left there, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Notice(String node, Change change, String place) {
    }
}
