package org.reviewworkspace.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.security.AccountService;
import org.reviewworkspace.security.PasswordPolicy;

/**
 * Every signed-in user changes their own password here; a user whose password an administrator
 * set cannot open anything else until they have (see {@link ChangePasswordGuard}).
 */
@Route("change-password")
@PageTitle("Change password · Review Workspace")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password again");
    final Button change = new Button("Change password");

    public ChangePasswordView(AccountService accounts) {
        addClassName("view");
        current.setId("password-current");
        newPassword.setId("password-new");
        newPassword.setHelperText(PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                + " characters, not containing your username and not a common password; a few words make a good one");
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setId("password-repeat");
        change.setId("password-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> {
            for (PasswordField field : new PasswordField[] {current, newPassword, repeat}) {
                field.setInvalid(false);
            }
            if (Actions.run(() -> accounts.changeOwnPassword(current.getValue(), newPassword.getValue(),
                    repeat.getValue()), "Your password was changed", field -> switch (field) {
                        case "current" -> current;
                        case "new" -> newPassword;
                        case "repeat" -> repeat;
                        default -> null;
                    })) {
                UI.getCurrent().navigate("");
            }
        });
        add(new H2("Change password"));
        if (accounts.mustChangePassword()) {
            Paragraph why = new Paragraph("An administrator set your password. Please choose your own before you "
                    + "continue.");
            why.setId("password-must-change");
            add(why);
        }
        FormLayout form = new FormLayout(current, newPassword, repeat);
        form.setMaxWidth("30em");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, change);
    }
}
