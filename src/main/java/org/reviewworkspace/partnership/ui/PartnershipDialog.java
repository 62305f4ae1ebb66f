package org.reviewworkspace.partnership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.partnership.PartnershipForm;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.partnership.PartnershipSummary;

/** Registers a new partnership or edits one; a conflicting edit keeps the input and offers to reload. */
class PartnershipDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField code = new TextField("Code");
    final TextField partner = new TextField("Partner");
    final TextField hostOrganisation = new TextField("Host organisation");
    final TextField programme = new TextField("Programme");
    final DatePicker memberSince = new DatePicker("Member since");
    final Button save = new Button("Save");
    final Button reload = new Button("Discard my changes and reload");

    private final BeanValidationBinder<PartnershipForm> binder = new BeanValidationBinder<>(PartnershipForm.class);
    private PartnershipSummary editing;

    /** {@code editing} is {@code null} for a new partnership. */
    PartnershipDialog(PartnershipService partnerships, PartnershipSummary editing, Consumer<PartnershipSummary> saved) {
        this.editing = editing;
        setHeaderTitle(editing == null ? "New partnership" : "Edit " + editing.name());
        name.setId("partnership-name");
        name.setPlaceholder("CERN associate membership: Pakistan");
        code.setId("partnership-code");
        code.setMaxLength(10);
        code.setHelperText("Used in review reference codes, e.g. PK");
        partner.setId("partnership-partner");
        hostOrganisation.setId("partnership-host-organisation");
        programme.setId("partnership-programme");
        memberSince.setId("partnership-member-since");
        binder.forField(name).bind(PartnershipForm::getName, PartnershipForm::setName);
        binder.forField(code).bind(PartnershipForm::getCode, PartnershipForm::setCode);
        binder.forField(partner).bind(PartnershipForm::getPartner, PartnershipForm::setPartner);
        binder.forField(hostOrganisation).bind(PartnershipForm::getHostOrganisation,
                PartnershipForm::setHostOrganisation);
        binder.forField(programme).bind(PartnershipForm::getProgramme, PartnershipForm::setProgramme);
        binder.forField(memberSince).bind(PartnershipForm::getMemberSince, PartnershipForm::setMemberSince);
        binder.setBean(editing == null ? new PartnershipForm() : PartnershipForm.of(editing));

        FormLayout layout = new FormLayout(name, code, partner, hostOrganisation, programme, memberSince);
        layout.setColspan(name, 2);
        add(layout);

        save.setId("partnership-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            PartnershipForm form = binder.getBean();
            Actions.run(() -> {
                try {
                    PartnershipSummary result = this.editing == null ? partnerships.createPartnership(form)
                            : partnerships.updatePartnership(this.editing.id(), form, this.editing.version());
                    close();
                    saved.accept(result);
                } catch (StaleDataException conflict) {
                    reload.setVisible(true);
                    throw conflict;
                }
            }, editing == null ? "Partnership registered" : "Partnership saved", field -> switch (field) {
                case "name" -> name;
                case "code" -> code;
                case "partner" -> partner;
                case "hostOrganisation" -> hostOrganisation;
                case "programme" -> programme;
                case "memberSince" -> memberSince;
                default -> null;
            });
        });
        reload.setId("partnership-reload");
        reload.setVisible(false);
        reload.addClickListener(e -> Actions.run(() -> {
            this.editing = partnerships.partnership(this.editing.id());
            binder.setBean(PartnershipForm.of(this.editing));
            reload.setVisible(false);
        }, null));
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("partnership-cancel");
        getFooter().add(reload, cancel, save);
        setWidth("40em");
    }
}
