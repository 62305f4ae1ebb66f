package org.reviewworkspace.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reviewworkspace.live.LiveUpdates;

/**
 * What a component holds while it is on screen — a subscription, a presence — taken on attach,
 * given up on detach (attaching again takes it anew) and ended for good by {@link #remove()};
 * with the coalescing of a burst of changes into one piece of work on the UI.
 */
abstract class WhileAttached implements Registration {

    private final LiveUpdates updates;
    private final Registration onAttach;
    private final Registration onDetach;
    private final AtomicBoolean pending = new AtomicBoolean();

    WhileAttached(Component component, LiveUpdates updates) {
        this.updates = updates;
        onAttach = component.addAttachListener(event -> start(event.getUI()));
        onDetach = component.addDetachListener(event -> stop());
    }

    /** Takes what the component holds now if it is already on screen; subclasses call it last in their constructor. */
    final void beginIfAttached(Component component) {
        component.getUI().ifPresent(this::start);
    }

    /** Takes what the component holds on {@code ui}; implementations are synchronized and call {@link #stop()} first. */
    abstract void start(UI ui);

    /** Gives up what {@link #start} took; called holding this object's lock. */
    abstract void release();

    /** Whether {@link #start} holds something now. */
    abstract boolean active();

    final synchronized void stop() {
        release();
        pending.set(false);
    }

    /**
     * Runs {@code work} on {@code ui} once, {@link LiveRefresh#QUIET_PERIOD} after the first of a
     * burst of calls, provided the component is still active then.
     */
    final void schedule(UI ui, Runnable work) {
        if (pending.compareAndSet(false, true)) {
            updates.later(LiveRefresh.QUIET_PERIOD, () -> {
                try {
                    ui.access(() -> {
                        pending.set(false);
                        if (active()) {
                            work.run();
                        }
                    });
                } catch (UIDetachedException e) {
                    pending.set(false);
                }
            });
        }
    }

    @Override
    public void remove() {
        onAttach.remove();
        onDetach.remove();
        stop();
    }
}
