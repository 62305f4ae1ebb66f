package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.inbox.ui.InboxView;
import org.reviewworkspace.security.AccountService;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.security.SignInFailureHandler;
import org.reviewworkspace.security.UserForm;
import org.reviewworkspace.security.ui.ChangePasswordView;
import org.reviewworkspace.security.ui.LoginView;
import org.reviewworkspace.security.ui.UsersView;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator's Users screen, the forced password change and the locked message, in a browserless Vaadin. */
class UsersScreenTest extends KaribuTestSupport {

    @Autowired AccountService accounts;

    @Test
    void the_administrator_finds_the_assessors_by_searching() {
        signInAs("admin");
        navigateTo("users");

        _setValue(_get(TextField.class, spec -> spec.withId("users-search")), "task-force member");

        assertThat(rows()).as("by username; other tests may have added task-force members").extracting(row -> row.get(0))
                .startsWith("assessor1", "assessor2", "assessor3", "assessor4")
                .doesNotContain("lead", "coordinator", "admin");
        assertThat(rows().get(0)).containsExactly("assessor1", "Task-force member 1", "assessor1@review.example",
                "ASSESSOR", "Enabled", "");
    }

    @Test
    void bad_input_is_shown_beside_the_fields_and_what_was_typed_stays() {
        signInAs("admin");
        navigateTo("users");
        _click(_get(Button.class, spec -> spec.withId("user-create")));
        TextField username = _get(TextField.class, spec -> spec.withId("user-username"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        _setValue(username, "assessor1");
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Task-force member 1 again");
        _setValue(_get(EmailField.class, spec -> spec.withId("user-email")), "again@review.example");
        roles().setValue(EnumSet.of(Role.ASSESSOR));
        _setValue(password, "password123456");

        _click(_get(Button.class, spec -> spec.withId("user-save")));

        _expectInvalid(username, "There is already an account assessor1");
        _expectInvalid(password, "This is one of the most common passwords; choose another");
        assertThat(username.getValue()).isEqualTo("assessor1");
        assertThat(password.getValue()).isEqualTo("password123456");
        assertThat(_get(Dialog.class).isOpened()).isTrue();
    }

    @Test
    void the_administrator_creates_an_account_from_the_screen() {
        signInAs("admin");
        navigateTo("users");
        _click(_get(Button.class, spec -> spec.withId("user-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), "assessor6");
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Task-force member 6");
        roles().setValue(EnumSet.of(Role.ASSESSOR));
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "lahore tram ochre window");

        _click(_get(Button.class, spec -> spec.withId("user-save")));

        _setValue(_get(TextField.class, spec -> spec.withId("users-search")), "assessor6");
        assertThat(rows()).containsExactly(List.of("assessor6", "Task-force member 6", "", "ASSESSOR", "Enabled", ""));
    }

    @Test
    void a_coordinator_who_types_the_users_address_does_not_get_the_screen() {
        signInAs("coordinator");
        navigateTo("users");

        assertThat(currentView()).isNotEqualTo(UsersView.class);
        _assertNone(Grid.class, spec -> spec.withId("users-grid"));
    }

    @Test
    void an_account_the_administrator_created_must_choose_a_password_before_anything_else_then_reaches_the_inbox() {
        UserForm form = new UserForm();
        form.setUsername("assessor7");
        form.setDisplayName("Task-force member 7");
        form.setRoles(EnumSet.of(Role.ASSESSOR));
        form.setPassword("handed over on paper");
        acting.run("admin", () -> accounts.create(form));

        signInAs("assessor7");
        assertThat(currentView()).isEqualTo(ChangePasswordView.class);
        navigateTo("reviews");
        assertThat(currentView()).isEqualTo(ChangePasswordView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("change-password");

        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), "handed over on paper");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), "islamabad kite saffron");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "islamabad kite saffron");
        _click(_get(Button.class, spec -> spec.withId("password-change")));

        assertThat(currentView()).isEqualTo(InboxView.class);
        navigateTo("reviews");
        assertThat(currentView()).isNotEqualTo(ChangePasswordView.class);
    }

    @Test
    void a_locked_account_is_told_until_when_on_the_login_page() {
        VaadinSession.getCurrent().getSession().setAttribute(SignInFailureHandler.LOCKED_UNTIL,
                Instant.parse("2025-08-24T11:45:00Z"));

        UI.getCurrent().navigate("login", QueryParameters.of("locked", ""));

        assertThat(currentView()).isEqualTo(LoginView.class);
        LoginForm login = _get(LoginForm.class);
        assertThat(login.isError()).isTrue();
        Object i18n = login.getElement().getPropertyRaw("i18n");
        String shown = i18n instanceof elemental.json.JsonValue json ? json.toJson() : String.valueOf(i18n);
        assertThat(shown).contains("This account is locked after too many failed sign-ins. Try again after "
                + "24 Aug 2025, 11:45 UTC or ask an administrator.");
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles() {
        return _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows() {
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        return IntStream.range(0, _size(grid)).mapToObj(row -> _getFormattedRow(grid, row)).toList();
    }
}
