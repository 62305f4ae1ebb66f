package org.reviewworkspace.live;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands every {@link Change} to whoever subscribed, on this node. A change published inside a
 * transaction goes out only once that transaction committed, and never if it rolled back; one
 * published outside any transaction goes out at once.
 *
 * <p>Subscribers are called on one small thread of our own, in the order the changes committed;
 * never on the publisher's thread (a request, the job executor), so a slow screen delays nobody's
 * action. Subscribers must return quickly: screens only schedule their refresh (see
 * {@code live.ui.LiveRefresh}).
 *
 * <p>With several nodes (profile {@code postgres}) a change reaches every node's screens: this
 * class delivers it on the node that made it, and {@link ClusterRelay} sends it, with the same
 * transaction, through PostgreSQL's NOTIFY to the other nodes, which hand it to {@link #deliver}.
 * There the order is that of the commits on the sending node.
 */
@Component
public class LiveUpdates implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledThreadPoolExecutor executor;

    LiveUpdates() {
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "live-updates-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        executor = new ScheduledThreadPoolExecutor(1, factory);
        executor.setRemoveOnCancelPolicy(true);
    }

    /**
     * Calls {@code subscriber} with every change from now on, on the live-updates thread, until
     * the returned registration is removed.
     */
    public Registration subscribe(Consumer<Change> subscriber) {
        Subscriber entry = new Subscriber(subscriber);
        subscribers.add(entry);
        return () -> subscribers.remove(entry);
    }

    /** How many subscriptions are open; a screen that was closed must not leave one behind. */
    public int subscriberCount() {
        return subscribers.size();
    }

    /** Hears a change once the transaction that published it committed (or at once without one). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void committed(Change change) {
        deliver(change);
    }

    /** Hands {@code change} to the subscribers on the live-updates thread; returns at once. */
    void deliver(Change change) {
        execute(() -> subscribers.forEach(subscriber -> subscriber.accept(change)));
    }

    /**
     * Runs {@code task} on the live-updates thread after {@code delay}; screens use it to gather a
     * burst of changes into one refresh.
     */
    public void later(Duration delay, Runnable task) {
        if (!executor.isShutdown()) {
            executor.schedule(guarded(task), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void execute(Runnable task) {
        if (!executor.isShutdown()) {
            executor.execute(guarded(task));
        }
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("A live update failed; the screens concerned catch up with their next change", e);
            }
        };
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** One subscription; its own identity, so the same consumer may subscribe twice. */
    private static final class Subscriber {

        private final Consumer<Change> consumer;

        Subscriber(Consumer<Change> consumer) {
            this.consumer = consumer;
        }

        void accept(Change change) {
            try {
                consumer.accept(change);
            } catch (RuntimeException e) {
                log.warn("A subscriber failed on {}", change, e);
            }
        }
    }
}
