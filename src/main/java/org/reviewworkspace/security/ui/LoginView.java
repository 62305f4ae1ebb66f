package org.reviewworkspace.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.security.DemoAccounts;
import org.reviewworkspace.security.SignInFailureHandler;

/** Sign-in; in the demo profile it lists the demo users so a visitor can try every role. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Review Workspace")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm login = new LoginForm();

    public LoginView(DemoAccounts demoAccounts) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Review Workspace"), new Paragraph("Plan, assess, sign off and publish partner reviews."), login);
        List<DemoAccounts.DemoAccount> demo = demoAccounts.list();
        if (!demo.isEmpty()) {
            add(demoList(demo, demoAccounts.password()));
        }
    }

    private static Div demoList(List<DemoAccounts.DemoAccount> accounts, String password) {
        Div box = new Div();
        box.setId("demo-users");
        box.addClassName("demo-users");
        box.add(new Paragraph("Demo users (password " + password + "):"));
        for (DemoAccounts.DemoAccount account : accounts) {
            box.add(new Div(account.username() + " — " + account.displayName() + " (" + account.roles() + ")"));
        }
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("locked")) {
            showLocked();
        } else if (parameters.containsKey("error")) {
            login.setError(true);
        }
    }

    /** A locked account is told so and until when; the end of the lock is in the session (SignInFailureHandler). */
    private void showLocked() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        Object until = session == null ? null : session.getAttribute(SignInFailureHandler.LOCKED_UNTIL);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle("Account locked");
        i18n.getErrorMessage().setMessage("This account is locked after too many failed sign-ins. "
                + (until instanceof Instant instant ? "Try again after " + Times.dateTime(instant) + " or ask an "
                        + "administrator." : "Try again later or ask an administrator."));
        login.setI18n(i18n);
        login.setError(true);
    }
}
