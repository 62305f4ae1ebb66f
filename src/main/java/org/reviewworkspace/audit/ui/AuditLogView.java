package org.reviewworkspace.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.reviewworkspace.audit.AuditLogActor;
import org.reviewworkspace.audit.AuditLogEntry;
import org.reviewworkspace.audit.AuditLogFilter;
import org.reviewworkspace.audit.AuditLogService;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.ErrorHandling;
import org.reviewworkspace.security.Role;

/**
 * The audit trail as a searchable log: administrators read all of it, coordinators the events of
 * the reviews they coordinate. Filters apply as they change; a row opens its details with the
 * record before and after the action; the export holds exactly what the filters select.
 */
@Route("audit")
@PageTitle("Audit log · Review Workspace")
@Menu(order = 8, icon = "vaadin:records", title = "Audit log")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.ASSESSOR, Role.Names.APPROVER})
public class AuditLogView extends VerticalLayout {

    static final String PERIOD_ERROR = "The period ends before it starts";

    final ComboBox<String> actor = new ComboBox<>("Who");
    final ComboBox<String> action = new ComboBox<>("Action");
    final TextField review = new TextField("Review");
    final TextField entity = new TextField("Entity");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final TextField text = new TextField("Summary contains");
    final Anchor export;
    final Grid<AuditLogEntry> grid = new Grid<>();
    final Div details = new Div();

    private final AuditLogService log;
    /** The filter the grid shows and the export writes; read by the download, outside the UI lock. */
    private volatile AuditLogFilter applied = AuditLogFilter.none();

    public AuditLogView(AuditLogService log) {
        this.log = log;
        addClassName("view");
        setSizeFull();

        Map<String, String> names = log.actors().stream()
                .collect(Collectors.toMap(AuditLogActor::username, AuditLogActor::displayName));
        actor.setId("audit-filter-actor");
        actor.setItems(names.keySet().stream().sorted().toList());
        actor.setItemLabelGenerator(username -> names.containsKey(username) && !names.get(username).equals(username)
                ? names.get(username) + " (" + username + ")" : username);
        actor.setAllowCustomValue(true);
        actor.addCustomValueSetListener(e -> actor.setValue(e.getDetail()));
        actor.setPlaceholder("Anyone");
        action.setId("audit-filter-action");
        action.setItems(withFamilies(log.actions()));
        action.setAllowCustomValue(true);
        action.addCustomValueSetListener(e -> action.setValue(e.getDetail()));
        action.setPlaceholder("Any action");
        action.setHelperText("signoff.* for every signoff. action");
        review.setId("audit-filter-review");
        review.setPlaceholder("REV-2025-PK-01");
        entity.setId("audit-filter-entity");
        entity.setPlaceholder("Finding 42");
        text.setId("audit-filter-text");
        from.setId("audit-filter-from");
        to.setId("audit-filter-to");
        for (DatePicker day : List.of(from, to)) {
            // the check that the period is in order is ours; the picker must not clear its message
            day.setManualValidation(true);
            day.setClearButtonVisible(true);
            day.setWidth("10em");
            day.addValueChangeListener(e -> apply());
        }
        for (TextField field : List.of(review, entity, text)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> apply());
        }
        for (ComboBox<String> box : List.of(actor, action)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> apply());
        }

        export = new Anchor(this::export, AttachmentType.DOWNLOAD, "Export CSV");
        export.setId("audit-export-csv");
        export.setTitle("Download the events the filters select as a CSV file");

        grid.setId("audit-log");
        grid.addColumn(AuditLogEntry::sequence).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> Times.dateTime(e.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditLogEntry::actorName).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditLogEntry::action).setHeader("Action").setAutoWidth(true);
        grid.addColumn(e -> e.reviewCode() == null ? "" : e.reviewCode()).setHeader("Review").setAutoWidth(true);
        grid.addColumn(AuditLogEntry::entity).setHeader("Entity").setAutoWidth(true);
        grid.addColumn(AuditLogEntry::summary).setHeader("What").setFlexGrow(3);
        grid.setItems(query -> log.search(applied, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, log.count(applied)));
        grid.setEmptyStateText("No events match these filters.");
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));

        details.setId("audit-details");
        details.setWidthFull();
        details.addClassName("card");
        showDetails(null);

        HorizontalLayout filters = new HorizontalLayout(actor, action, review, entity, from, to, text);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph scope = new Paragraph("Administrators read every event; coordinators the events of the reviews "
                + "they coordinate. Newest first.");
        scope.addClassName("hint");
        add(new H2("Audit log"), scope, filters, export, grid, details);
        setFlexGrow(1, grid);
    }

    /** Applies the filters as they are now, unless the period is out of order: then says so beside "To". */
    private void apply() {
        boolean outOfOrder = from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue());
        to.setErrorMessage(outOfOrder ? PERIOD_ERROR : null);
        to.setInvalid(outOfOrder);
        if (outOfOrder) {
            return;
        }
        String[] typeAndId = entity.getValue().trim().split("[\\s#:]+", 2);
        applied = new AuditLogFilter(actor.getValue(), action.getValue(), review.getValue(), typeAndId[0],
                typeAndId.length > 1 ? typeAndId[1] : null, from.getValue(), to.getValue(), text.getValue());
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    private void showDetails(AuditLogEntry entry) {
        details.removeAll();
        if (entry == null) {
            Paragraph none = new Paragraph("Select an event to see what it changed.");
            none.addClassName("hint");
            details.add(none);
            return;
        }
        H3 heading = new H3("#" + entry.sequence() + " " + entry.action());
        heading.setId("audit-details-heading");
        Paragraph what = new Paragraph(entry.summary());
        what.setId("audit-details-summary");
        Paragraph when = new Paragraph(Times.dateTime(entry.occurredAt()) + " \u00b7 " + entry.actorName() + " ("
                + entry.actor() + ")" + (entry.reviewCode() == null ? "" : " \u00b7 " + entry.reviewCode())
                + (entry.entity().isEmpty() ? "" : " \u00b7 " + entry.entity()));
        when.addClassName("hint");
        HorizontalLayout beforeAndAfter = new HorizontalLayout(
                detail("Before", "audit-details-before", entry.before()),
                detail("After", "audit-details-after", entry.after()));
        beforeAndAfter.setWidthFull();
        details.add(heading, what, when, beforeAndAfter,
                hash("Hash", "audit-details-hash", entry.hash()),
                hash("Previous hash", "audit-details-previous-hash", entry.previousHash()));
    }

    /** Recorded text as it was stored; a text component, so nothing in it is read as markup. */
    private static VerticalLayout detail(String label, String id, String recorded) {
        Pre content = new Pre(recorded == null ? "(nothing recorded)" : recorded);
        content.setId(id);
        content.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("max-height", "24em")
                .set("overflow", "auto").set("margin", "0").set("width", "100%");
        VerticalLayout column = new VerticalLayout(new Span(label), content);
        column.setPadding(false);
        column.setSpacing(false);
        column.setWidth("50%");
        return column;
    }

    private static Div hash(String label, String id, String value) {
        Span hash = new Span(value);
        hash.setId(id);
        hash.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("overflow-wrap", "anywhere");
        Div line = new Div(new Span(label + ": "), hash);
        line.addClassName("hint");
        return line;
    }

    /** The actions, and before each family of them (e.g. {@code signoff.}) an entry for the whole family. */
    private static List<String> withFamilies(List<String> actions) {
        TreeSet<String> items = new TreeSet<>(actions);
        for (String action : actions) {
            int dot = action.indexOf('.');
            if (dot > 0) {
                items.add(action.substring(0, dot + 1) + "*");
            }
        }
        return List.copyOf(items);
    }

    private void export(DownloadEvent event) throws IOException {
        AuditLogFilter filter = applied;
        event.setFileName("audit-log-" + LocalDate.now(Times.zone()) + ".csv");
        event.setContentType("text/csv;charset=UTF-8");
        OutputStream out = event.getOutputStream();
        try {
            log.exportCsv(filter, out);
        } catch (NotAllowedException e) {
            // refused before a byte was written, so the response can still say why
            ErrorHandling handling = VaadinService.getCurrent().getInstantiator().getOrCreate(ErrorHandling.class);
            event.getResponse().sendError(403, handling.messageFor(e));
            return;
        }
        out.close();
    }
}
