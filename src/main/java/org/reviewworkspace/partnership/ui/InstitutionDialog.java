package org.reviewworkspace.partnership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.partnership.InstitutionDetails;
import org.reviewworkspace.partnership.InstitutionForm;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.partnership.PartnershipSummary;

/** Adds an institution to a partnership or edits one; a conflicting edit keeps the input and offers to reload. */
class InstitutionDialog extends Dialog {

    final TextField acronym = new TextField("Acronym");
    final TextField name = new TextField("Name");
    final TextField city = new TextField("City");
    final TextField type = new TextField("Type");
    final TextArea researchDomains = new TextArea("Research domains");
    final Button save = new Button("Save");
    final Button reload = new Button("Discard my changes and reload");

    private final BeanValidationBinder<InstitutionForm> binder = new BeanValidationBinder<>(InstitutionForm.class);
    private InstitutionDetails editing;

    /** {@code editing} is {@code null} for a new institution of {@code partnership}. */
    InstitutionDialog(PartnershipService partnerships, PartnershipSummary partnership, InstitutionDetails editing,
                      Consumer<InstitutionDetails> saved) {
        this.editing = editing;
        setHeaderTitle(editing == null ? "Add an institution to " + partnership.name() : "Edit " + editing.label());
        acronym.setId("institution-acronym");
        acronym.setMaxLength(30);
        acronym.setPlaceholder("NCP");
        name.setId("institution-name");
        name.setPlaceholder("National Centre for Physics");
        city.setId("institution-city");
        type.setId("institution-type");
        type.setPlaceholder("Research centre, university, industry…");
        researchDomains.setId("institution-research-domains");
        binder.forField(acronym).bind(InstitutionForm::getAcronym, InstitutionForm::setAcronym);
        binder.forField(name).bind(InstitutionForm::getName, InstitutionForm::setName);
        binder.forField(city).bind(InstitutionForm::getCity, InstitutionForm::setCity);
        binder.forField(type).bind(InstitutionForm::getType, InstitutionForm::setType);
        binder.forField(researchDomains).bind(InstitutionForm::getResearchDomains,
                InstitutionForm::setResearchDomains);
        binder.setBean(editing == null ? new InstitutionForm() : InstitutionForm.of(editing));

        FormLayout layout = new FormLayout(acronym, name, city, type, researchDomains);
        layout.setColspan(name, 2);
        layout.setColspan(researchDomains, 2);
        add(layout);

        save.setId("institution-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            InstitutionForm form = binder.getBean();
            Actions.run(() -> {
                try {
                    InstitutionDetails result = this.editing == null
                            ? partnerships.addInstitution(partnership.id(), form)
                            : partnerships.updateInstitution(this.editing.id(), form, this.editing.version());
                    close();
                    saved.accept(result);
                } catch (StaleDataException conflict) {
                    reload.setVisible(true);
                    throw conflict;
                }
            }, editing == null ? "Institution added" : "Institution saved", field -> switch (field) {
                case "acronym" -> acronym;
                case "name" -> name;
                case "city" -> city;
                case "type" -> type;
                case "researchDomains" -> researchDomains;
                default -> null;
            });
        });
        reload.setId("institution-reload");
        reload.setVisible(false);
        reload.addClickListener(e -> Actions.run(() -> {
            this.editing = partnerships.institutionDetails(this.editing.id());
            binder.setBean(InstitutionForm.of(this.editing));
            reload.setVisible(false);
        }, null));
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("institution-cancel");
        getFooter().add(reload, cancel, save);
        setWidth("40em");
    }
}
