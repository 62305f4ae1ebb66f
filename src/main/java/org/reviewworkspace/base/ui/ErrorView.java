package org.reviewworkspace.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when opening a page fails: the reason in plain words, never a stack trace. */
@PageTitle("Something went wrong · Review Workspace")
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private final ErrorHandling errors;

    public ErrorView(ErrorHandling errors) {
        this.errors = errors;
        addClassName("view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        Paragraph message = new Paragraph(errors.messageFor(parameter.getCaughtException()));
        message.setId("error-message");
        add(new H2("This page could not be opened"), message, new Anchor("", "Back to the inbox"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
