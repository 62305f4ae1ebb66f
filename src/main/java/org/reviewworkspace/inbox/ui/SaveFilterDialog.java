package org.reviewworkspace.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.inbox.InboxFilter;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.inbox.NamedFilter;

/** Saves the inbox's current filter under a name; a name already used is replaced. */
class SaveFilterDialog extends Dialog {

    final TextField name = new TextField("Name");

    SaveFilterDialog(InboxService inbox, InboxFilter filter, Consumer<NamedFilter> saved) {
        setHeaderTitle("Save this filter");
        name.setId("inbox-filter-name");
        name.setWidthFull();
        name.setPlaceholder("e.g. Overdue in my reviews");
        name.setRequiredIndicatorVisible(true);
        String search = filter.search().isEmpty() ? "" : ", \u201c" + filter.search() + "\u201d";
        Button confirm = new Button("Save", e -> {
            NamedFilter[] result = new NamedFilter[1];
            if (Actions.run(() -> result[0] = inbox.saveFilter(name.getValue(), filter),
                    "Saved the filter \u201c" + name.getValue().strip() + "\u201d", field -> name)) {
                close();
                saved.accept(result[0]);
            }
        });
        confirm.setId("inbox-filter-save");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(filter.show().label() + ", " + filter.due().label().toLowerCase() + search), name);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
