package org.reviewworkspace.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.security.AccountService;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.security.UserAccount;

/**
 * Administrators find accounts, create them, change names, e-mail and roles, disable and enable
 * them, reset passwords and lift locks; a row opens the account.
 */
@Route("users")
@PageTitle("Users · Review Workspace")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends VerticalLayout {

    final TextField search = new TextField();
    final Button create = new Button("New user", VaadinIcon.PLUS.create());
    final Grid<UserAccount> grid = new Grid<>();

    private final AccountService accounts;

    public UsersView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("view");
        setSizeFull();

        search.setId("users-search");
        search.setPlaceholder("Search by username, name or e-mail");
        search.setClearButtonVisible(true);
        search.setWidth("24em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new UserDialog(accounts, null, this::refresh).open());
        HorizontalLayout toolbar = new HorizontalLayout(search, create);

        grid.setId("users-grid");
        grid.addColumn(UserAccount::username).setHeader("Username").setSortProperty("username").setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader("Name").setSortProperty("displayName").setFlexGrow(1);
        grid.addColumn(user -> user.email() == null ? "" : user.email()).setHeader("E-mail").setSortProperty("email")
                .setFlexGrow(1);
        grid.addColumn(UserAccount::roleNames).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(user -> user.enabled() ? "Enabled" : "Disabled").setHeader("Status")
                .setSortProperty("enabled").setAutoWidth(true);
        grid.addColumn(user -> Times.dateTime(user.lockedUntil())).setHeader("Locked until")
                .setSortProperty("lockedUntil").setAutoWidth(true);
        grid.setItems(query -> accounts.users(search.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) accounts.countUsers(search.getValue()));
        grid.addItemClickListener(e -> new UserDialog(accounts, e.getItem(), this::refresh).open());
        grid.setEmptyStateText("No account matches the search.");

        add(new H2("Users"), toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void refresh(UserAccount changed) {
        grid.getDataProvider().refreshAll();
    }
}
