package org.reviewworkspace.partnership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.partnership.InstitutionDetails;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.security.UserSummary;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.security.Role;

/** Coordinators register partnerships and keep the list of institutions each one's reviews may visit. */
@Route("partnerships")
@PageTitle("Partnerships · Review Workspace")
@Menu(order = 5, icon = "vaadin:institution", title = "Partnerships")
@RolesAllowed(Role.Names.COORDINATOR)
public class PartnershipsView extends VerticalLayout {

    final ComboBox<PartnershipSummary> partnership = new ComboBox<>("Partnership");
    final Button newPartnership = new Button("New partnership");
    final Button editPartnership = new Button("Edit");
    final Button archivePartnership = new Button("Archive");
    final Span partnershipStatus = new Span();
    final MultiSelectComboBox<UserSummary> observers = new MultiSelectComboBox<>("Observers");
    final Button saveObservers = new Button("Save observers");
    final Grid<InstitutionDetails> grid = new Grid<>();
    final Button addInstitution = new Button("Add institution");

    private final PartnershipService partnerships;

    public PartnershipsView(PartnershipService partnerships) {
        this.partnerships = partnerships;
        addClassName("view");
        setSizeFull();

        partnership.setId("partnership-chooser");
        partnership.setWidth("28em");
        partnership.setMaxWidth("100%");
        partnership.setItemLabelGenerator(p -> p.archived() ? p.name() + " (archived)" : p.name());
        partnership.addValueChangeListener(e -> showPartnership());
        newPartnership.setId("new-partnership");
        newPartnership.addClickListener(e -> new PartnershipDialog(partnerships, null, this::choose).open());
        editPartnership.setId("edit-partnership");
        editPartnership.addClickListener(e -> new PartnershipDialog(partnerships, partnership.getValue(),
                this::choose).open());
        archivePartnership.setId("archive-partnership");
        archivePartnership.addClickListener(e -> toggleArchived(partnership.getValue()));
        partnershipStatus.setId("partnership-status");
        HorizontalLayout chooser = new HorizontalLayout(partnership, partnershipStatus, editPartnership,
                archivePartnership, newPartnership);
        chooser.setAlignItems(Alignment.BASELINE);
        // on a tablet beside the menu the buttons go under the chooser rather than off the screen
        chooser.setWrap(true);

        observers.setId("partnership-observers");
        observers.setWidth("28em");
        observers.setMaxWidth("100%");
        observers.setHelperText("They read this partnership's published reports, nothing else");
        observers.setItems(partnerships.observerCandidates());
        observers.setItemLabelGenerator(UserSummary::displayName);
        saveObservers.setId("save-observers");
        saveObservers.addClickListener(e -> saveObservers());
        HorizontalLayout observing = new HorizontalLayout(observers, saveObservers);
        observing.setAlignItems(Alignment.BASELINE);
        observing.setWrap(true);

        addInstitution.setId("add-institution");
        addInstitution.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addInstitution.addClickListener(e -> new InstitutionDialog(partnerships, partnership.getValue(), null,
                added -> grid.getDataProvider().refreshAll()).open());

        grid.setId("institutions-grid");
        grid.addColumn(InstitutionDetails::acronym).setHeader("Acronym").setSortProperty("acronym")
                .setAutoWidth(true);
        grid.addColumn(InstitutionDetails::name).setHeader("Name").setSortProperty("name").setFlexGrow(2);
        grid.addColumn(InstitutionDetails::city).setHeader("City").setSortProperty("city").setAutoWidth(true);
        grid.addColumn(InstitutionDetails::type).setHeader("Type").setSortProperty("type").setAutoWidth(true);
        grid.addComponentColumn(PartnershipsView::status).setHeader("Status").setSortProperty("status")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> partnership.isEmpty() ? Stream.empty()
                        : partnerships.institutionsOf(partnership.getValue().id(),
                                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> partnership.isEmpty() ? 0
                        : (int) partnerships.countInstitutionsOf(partnership.getValue().id()));
        grid.setEmptyStateText("No institutions yet: add the institutes the delegation may visit.");

        add(new H2("Partnerships and institutions"), chooser, observing, addInstitution, grid);
        setFlexGrow(1, grid);

        partnership.setItems(partnerships.partnerships());
        partnerships.activePartnerships().stream().findFirst().ifPresent(partnership::setValue);
        showPartnership();
    }

    /** Reloads the partnerships and selects {@code chosen}, e.g. after it was created or edited. */
    private void choose(PartnershipSummary chosen) {
        partnership.setItems(partnerships.partnerships());
        partnership.setValue(chosen);
        showPartnership();
    }

    private void showPartnership() {
        PartnershipSummary chosen = partnership.getValue();
        boolean selected = chosen != null;
        editPartnership.setEnabled(selected);
        archivePartnership.setEnabled(selected);
        archivePartnership.setText(selected && chosen.archived() ? "Restore" : "Archive");
        partnershipStatus.setText(selected && chosen.archived() ? "Archived: not offered for new reviews" : "");
        addInstitution.setEnabled(selected && !chosen.archived());
        observers.setEnabled(selected);
        saveObservers.setEnabled(selected);
        Set<String> observing = selected ? partnerships.observers(chosen.id()) : Set.of();
        observers.setValue(observers.getListDataView().getItems()
                .filter(user -> observing.contains(user.username())).collect(Collectors.toSet()));
        grid.getDataProvider().refreshAll();
    }

    private void saveObservers() {
        PartnershipSummary chosen = partnership.getValue();
        Set<String> usernames = observers.getValue().stream().map(UserSummary::username).collect(Collectors.toSet());
        PartnershipSummary[] saved = new PartnershipSummary[1];
        if (Actions.run(() -> saved[0] = partnerships.setObservers(chosen.id(), usernames),
                "Observers of " + chosen.name() + " saved", field -> observers)) {
            choose(saved[0]);
        }
    }

    private void toggleArchived(PartnershipSummary chosen) {
        Actions.run(() -> choose(chosen.archived() ? partnerships.restorePartnership(chosen.id(), chosen.version())
                        : partnerships.archivePartnership(chosen.id(), chosen.version())),
                chosen.archived() ? chosen.name() + " restored" : chosen.name() + " archived");
    }

    private HorizontalLayout actions(InstitutionDetails institution) {
        Button edit = new Button("Edit", e -> new InstitutionDialog(partnerships, partnership.getValue(), institution,
                saved -> grid.getDataProvider().refreshAll()).open());
        edit.setId("edit-institution-" + institution.id());
        Button archive = new Button(institution.archived() ? "Restore" : "Archive", e -> Actions.run(() -> {
            if (institution.archived()) {
                partnerships.restoreInstitution(institution.id(), institution.version());
            } else {
                partnerships.archiveInstitution(institution.id(), institution.version());
            }
            grid.getDataProvider().refreshAll();
        }, institution.acronym() + (institution.archived() ? " can be planned again" : " archived")));
        archive.setId("archive-institution-" + institution.id());
        Button delete = new Button("Delete", e -> confirmDelete(institution));
        delete.setId("delete-institution-" + institution.id());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : new Button[] {edit, archive, delete}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(edit, archive, delete);
    }

    private void confirmDelete(InstitutionDetails institution) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-institution");
        confirm.setHeader("Delete " + institution.acronym() + "?");
        confirm.setText(institution.label() + " will be removed for good. An institution that a visit plan or an "
                + "assessment refers to cannot be deleted; archive it instead.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> Actions.run(() -> {
            partnerships.deleteInstitution(institution.id(), institution.version());
            grid.getDataProvider().refreshAll();
        }, institution.acronym() + " deleted"));
        confirm.open();
    }

    static Span status(InstitutionDetails institution) {
        Span badge = new Span(institution.status());
        badge.addClassNames("status-badge", institution.archived() ? "ARCHIVED" : "ACTIVE");
        return badge;
    }
}
