package org.reviewworkspace.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A small control that a feature shows beside its entry in the side navigation, such as the
 * number of open tasks beside "Inbox", without the shared layout depending on that feature.
 * Implementations are Vaadin components declared as prototype-scoped Spring beans, so that each
 * page gets its own; {@link MainLayout} puts each beside the entry of its {@link #route()}.
 */
public interface NavigationBadge {

    /** The route of the navigation entry, as in {@code @Route} (the inbox's is {@code ""}). */
    String route();

    /** The control to show; by default the implementing component itself. */
    default Component asComponent() {
        return (Component) this;
    }
}
