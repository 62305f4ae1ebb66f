package org.reviewworkspace.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.security.AccountService;
import org.reviewworkspace.security.PasswordPolicy;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.security.UserAccount;
import org.reviewworkspace.security.UserForm;

/**
 * Creates an account or edits one: name, e-mail, roles, and the account's commands (disable or
 * enable, reset password, unlock). A conflicting edit keeps the input and offers to reload.
 */
class UserDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name shown");
    final EmailField email = new EmailField("E-mail");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final PasswordField password = new PasswordField("Initial password");
    final Paragraph state = new Paragraph();
    final Paragraph temporaryPassword = new Paragraph();
    final Button save = new Button("Save");
    final Button disable = new Button("Disable");
    final Button enable = new Button("Enable");
    final Button resetPassword = new Button("Reset password");
    final Button unlock = new Button("Unlock");
    final Button reload = new Button("Discard my changes and reload");

    private final AccountService accounts;
    private final Consumer<UserAccount> changed;
    private final BeanValidationBinder<UserForm> binder = new BeanValidationBinder<>(UserForm.class);
    private UserAccount editing;

    /** {@code editing} is {@code null} for a new account. */
    UserDialog(AccountService accounts, UserAccount editing, Consumer<UserAccount> changed) {
        this.accounts = accounts;
        this.changed = changed;
        this.editing = editing;
        setHeaderTitle(editing == null ? "New user" : "Account " + editing.username());

        username.setId("user-username");
        username.setHelperText("3 to 40 characters: lower-case letters, digits, dot, underscore or hyphen");
        displayName.setId("user-display-name");
        email.setId("user-email");
        roles.setId("user-roles");
        roles.setItems(accounts.roles());
        password.setId("user-password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; the user must choose "
                + "their own at the first sign-in");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        binder.forField(username).bind(UserForm::getUsername, UserForm::setUsername);
        binder.forField(displayName).bind(UserForm::getDisplayName, UserForm::setDisplayName);
        binder.forField(email).bind(UserForm::getEmail, UserForm::setEmail);
        binder.forField(roles).bind(UserForm::getRoles, UserForm::setRoles);
        binder.forField(password).bind(UserForm::getPassword, UserForm::setPassword);
        binder.setBean(editing == null ? new UserForm() : UserForm.of(editing));

        FormLayout layout = new FormLayout(username, displayName, email, password, roles);
        layout.setColspan(roles, 2);
        add(layout);
        state.setId("user-state");
        temporaryPassword.setId("user-temporary-password");
        temporaryPassword.setVisible(false);
        add(state, temporaryPassword);

        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        disable.setId("user-disable");
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disable.addClickListener(e -> command(() -> accounts.disable(this.editing.id(), this.editing.version()),
                "disabled"));
        enable.setId("user-enable");
        enable.addClickListener(e -> command(() -> accounts.enable(this.editing.id(), this.editing.version()),
                "enabled"));
        unlock.setId("user-unlock");
        unlock.addClickListener(e -> command(() -> accounts.unlock(this.editing.id(), this.editing.version()),
                "unlocked"));
        resetPassword.setId("user-reset-password");
        resetPassword.addClickListener(e -> resetPassword());
        reload.setId("user-reload");
        reload.setVisible(false);
        reload.addClickListener(e -> Actions.run(() -> {
            show(accounts.user(this.editing.id()));
            binder.setBean(UserForm.of(this.editing));
            reload.setVisible(false);
        }, null));
        Button cancel = new Button("Close", e -> close());
        cancel.setId("user-cancel");
        HorizontalLayout commands = new HorizontalLayout(disable, enable, resetPassword, unlock);
        getFooter().add(commands, reload, cancel, save);
        setWidth("46em");
        show(editing);
    }

    /** Shows what can be done with the account as it is now. */
    private void show(UserAccount account) {
        this.editing = account;
        boolean existing = account != null;
        username.setReadOnly(existing);
        password.setVisible(!existing);
        disable.setVisible(existing && account.enabled());
        enable.setVisible(existing && !account.enabled());
        resetPassword.setVisible(existing);
        unlock.setVisible(existing && account.locked());
        if (!existing) {
            state.setText("");
            return;
        }
        StringBuilder text = new StringBuilder(account.enabled() ? "Enabled" : "Disabled: cannot sign in");
        if (account.locked()) {
            text.append(". Locked after failed sign-ins until ").append(Times.dateTime(account.lockedUntil()));
        }
        if (account.mustChangePassword()) {
            text.append(". Must choose a new password at the next sign-in");
        }
        state.setText(text + ".");
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        UserForm form = binder.getBean();
        boolean creating = editing == null;
        Actions.run(() -> {
            try {
                UserAccount saved = creating ? accounts.create(form)
                        : accounts.update(editing.id(), form, editing.version());
                changed.accept(saved);
                close();
            } catch (StaleDataException conflict) {
                reload.setVisible(true);
                throw conflict;
            }
        }, creating ? "Account " + form.getUsername() + " created" : "Account saved", field -> switch (field) {
            case "username" -> username;
            case "displayName" -> displayName;
            case "email" -> email;
            case "roles" -> roles;
            case "password" -> password;
            default -> null;
        });
    }

    private void command(java.util.function.Supplier<UserAccount> action, String done) {
        Actions.run(() -> {
            try {
                UserAccount result = action.get();
                show(result);
                changed.accept(result);
            } catch (StaleDataException conflict) {
                reload.setVisible(true);
                throw conflict;
            }
        }, "Account " + editing.username() + " " + done);
    }

    private void resetPassword() {
        Actions.run(() -> {
            try {
                String temporary = accounts.resetPassword(editing.id(), editing.version());
                UserAccount result = accounts.user(editing.id());
                show(result);
                changed.accept(result);
                temporaryPassword.setText("Temporary password for " + result.username() + ": " + temporary
                        + " — hand it over now; it is not shown again, and it must be replaced at the next sign-in.");
                temporaryPassword.setVisible(true);
            } catch (StaleDataException conflict) {
                reload.setVisible(true);
                throw conflict;
            }
        }, "Password of " + editing.username() + " reset");
    }
}
