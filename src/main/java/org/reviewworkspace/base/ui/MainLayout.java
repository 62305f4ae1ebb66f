package org.reviewworkspace.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.reviewworkspace.base.UserNames;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame of every signed-in page: title bar with the features' controls (e.g. the notification
 * bell, see {@link NavbarItem}) and the user, side navigation by role.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, UserNames users, ObjectProvider<NavbarItem> navbarItems,
                      ObjectProvider<NavigationBadge> badges) {
        setPrimarySection(Section.DRAWER);
        H1 title = new H1("Review Workspace");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m)");
        addToDrawer(title, navigation(authentication.isAuthenticated() ? badges.orderedStream().toList() : List.of()));

        HorizontalLayout bar = new HorizontalLayout();
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        Span spacer = new Span();
        bar.add(new DrawerToggle(), spacer);
        bar.setFlexGrow(1, spacer);
        authentication.getPrincipalName().ifPresent(username -> {
            Span who = new Span(users.displayName(username) + " (" + username + ")");
            who.setId("current-user");
            Button logout = new Button("Sign out", e -> authentication.logout());
            logout.setId("sign-out");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Anchor changePassword = new Anchor("change-password", "Change password");
            changePassword.setId("change-password-link");
            navbarItems.orderedStream().forEach(item -> bar.add(item.asComponent()));
            bar.add(who, changePassword, logout);
        });
        addToNavbar(bar);
    }

    private static SideNav navigation(List<NavigationBadge> badges) {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            badges.stream().filter(badge -> routeOf(entry.path()).equals(badge.route())).findFirst()
                    .ifPresent(badge -> item.setSuffixComponent(badge.asComponent()));
            nav.addItem(item);
        });
        return nav;
    }

    /** A menu entry's path without its leading slash, as routes are written. */
    private static String routeOf(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
