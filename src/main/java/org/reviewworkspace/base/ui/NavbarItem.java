package org.reviewworkspace.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A control that a feature adds to the title bar of every signed-in page, such as the
 * notification bell, without the shared layout depending on that feature. Implementations are
 * Vaadin components declared as prototype-scoped Spring beans, so that each page gets its own;
 * {@link MainLayout} adds them, in their {@code @Order}, for a signed-in user only.
 */
public interface NavbarItem {

    /** The control to show; by default the implementing component itself. */
    default Component asComponent() {
        return (Component) this;
    }
}
