package org.reviewworkspace.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.util.List;
import java.util.function.Supplier;
import org.reviewworkspace.assessment.EvidenceItem;
import org.reviewworkspace.assessment.EvidenceService;
import org.reviewworkspace.base.DomainException;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;

/**
 * The evidence of an assessment: drop files on the upload to attach them, see each file's type,
 * size and SHA-256, download it, preview images and PDFs in place and, while the assessment is
 * a draft, remove a file. Refusals (too large, empty, a program, a duplicate) appear beside the
 * upload; the rest of the form is not touched. The service decides every rule again.
 */
public class EvidencePanel extends VerticalLayout {

    private static final int MESSAGE_LINES = 5;

    final Upload upload;
    final Div message = new Div();
    final Grid<EvidenceItem> grid = new Grid<>();
    final Div preview = new Div();
    private final EvidenceService service;
    private final String taskId;
    private final Supplier<List<EvidenceItem>> items;

    /** The editable panel of the open "Assess institution" task {@code taskId}, for its assessor. */
    public EvidencePanel(EvidenceService service, String taskId) {
        this(service, taskId, () -> service.list(taskId), false);
    }

    private EvidencePanel(EvidenceService service, String taskId, Supplier<List<EvidenceItem>> items,
                          boolean withOwner) {
        this.service = service;
        this.taskId = taskId;
        this.items = items;
        setPadding(false);
        setId("evidence-panel");
        add(new H3("Evidence"));
        if (taskId != null) {
            // the in-memory handler calls back inside UI.access, with the signed-in user's request
            upload = new Upload(new LimitedUpload(service.maxSize(),
                    (metadata, bytes) -> accept(metadata.fileName(), bytes)));
            upload.setId("evidence-upload");
            upload.setDropAllowed(true);
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, service.maxSize()));
            String limit = EvidenceService.sizeText(service.maxSize());
            // the browser refuses too large a file before sending it; the service checks again
            upload.addFileRejectedListener(e -> showError((e.getFileName() == null ? "The file" : e.getFileName())
                    + " is larger than " + limit + ", the most a file may be. It was not uploaded."));
            add(new Paragraph("Drop files here or choose them: PDF, PNG or JPEG images, Word, Excel, PowerPoint "
                    + "or OpenDocument files, CSV or plain text, up to " + limit + " each."), upload);
        } else {
            upload = null;
        }
        message.setId("evidence-message");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);
        add(message);
        configureGrid(withOwner);
        preview.setId("evidence-preview");
        preview.setWidthFull();
        add(grid, preview);
        refresh();
    }

    /** The evidence of one assessment, to look at and download only. */
    public static EvidencePanel readOnly(EvidenceService service, long assessmentId) {
        return new EvidencePanel(service, null, () -> service.evidenceOfAssessment(assessmentId), false);
    }

    /** All evidence of a review, with the institution and assessor of each file, to look at and download only. */
    public static EvidencePanel ofReview(EvidenceService service, long reviewId) {
        return new EvidencePanel(service, null, () -> service.evidenceOf(reviewId), true);
    }

    void accept(String fileName, byte[] content) {
        Actions.run(() -> {
            try {
                EvidenceItem item = service.upload(taskId, fileName, content);
                showOk(item.fileName() + " attached (" + item.typeLabel() + ", " + item.sizeText() + ").");
                refresh();
            } catch (DomainException e) {
                showError(e instanceof InvalidInputException invalid
                        ? String.join(" ", invalid.fieldErrors().values()) : e.getMessage());
            }
        }, null);
        upload.clearFileList();
    }

    void delete(EvidenceItem item) {
        Actions.run(() -> {
            try {
                service.delete(taskId, item.id());
                showOk(item.fileName() + " removed.");
                preview.removeAll();
                refresh();
            } catch (DomainException e) {
                showError(e.getMessage());
            }
        }, null);
    }

    private void configureGrid(boolean withOwner) {
        grid.setId("evidence-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No evidence attached yet.");
        if (withOwner) {
            grid.addColumn(EvidenceItem::institution).setKey("institution").setHeader("Institution").setAutoWidth(true);
            grid.addColumn(EvidenceItem::assessorName).setKey("assessor").setHeader("Assessor").setAutoWidth(true);
        }
        grid.addColumn(EvidenceItem::fileName).setKey("name").setHeader("Name").setFlexGrow(2);
        grid.addColumn(EvidenceItem::typeLabel).setKey("type").setHeader("Type").setAutoWidth(true);
        grid.addColumn(EvidenceItem::sizeText).setKey("size").setHeader("Size").setAutoWidth(true);
        grid.addComponentColumn(EvidencePanel::checksum).setKey("sha256").setHeader("SHA-256").setAutoWidth(true);
        grid.addColumn(i -> Times.dateTime(i.uploadedAt()) + " by " + i.uploadedByName()).setKey("uploaded").setHeader("Uploaded")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true);
    }

    private static Component checksum(EvidenceItem item) {
        Span span = new Span(item.shortSha256());
        span.getElement().setAttribute("title", item.sha256());
        span.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        Tooltip.forComponent(span).setText(item.sha256());
        return span;
    }

    private Component actions(EvidenceItem item) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        Anchor download = new Anchor(item.downloadPath(), "Download");
        download.setId("evidence-download-" + item.id());
        download.setRouterIgnore(true);
        actions.add(download);
        if (item.previewable()) {
            Button show = new Button("Preview", e -> preview(item));
            show.setId("evidence-preview-" + item.id());
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            actions.add(show);
        }
        if (taskId != null) {
            Button remove = new Button("Delete", e -> delete(item));
            remove.setId("evidence-delete-" + item.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Delete " + item.fileName());
            actions.add(remove);
        }
        return actions;
    }

    void preview(EvidenceItem item) {
        preview.removeAll();
        Component shown;
        if (item.contentType().startsWith("image/")) {
            Image image = new Image(item.previewPath(), item.fileName());
            image.setMaxWidth("100%");
            image.setMaxHeight("40rem");
            shown = image;
        } else {
            IFrame frame = new IFrame();
            frame.setTitle(item.fileName());
            frame.setWidthFull();
            frame.setHeight("40rem");
            // every response carries X-Frame-Options: DENY, which also keeps the browser from
            // framing the download URL; a blob URL of the same bytes is not an HTTP response
            frame.getElement().executeJs("const frame = this; fetch($0, {credentials: 'same-origin'})"
                    + ".then(r => { if (!r.ok) { throw new Error(r.status); } return r.blob(); })"
                    + ".then(b => { frame.src = URL.createObjectURL(b); })"
                    + ".catch(() => { frame.replaceWith(document.createTextNode($1)); })",
                    item.previewPath(), "The preview could not be loaded; use Download instead.");
            shown = frame;
        }
        Button close = new Button("Close preview", e -> preview.removeAll());
        close.setId("evidence-preview-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        preview.add(new HorizontalLayout(new Span(item.fileName()), close), shown);
    }

    private void refresh() {
        grid.setItems(items.get());
    }

    private void showOk(String text) {
        show(text, "var(--lumo-success-text-color)");
    }

    private void showError(String text) {
        show(text, "var(--lumo-error-text-color)");
    }

    /** Newest first, a few lines, so that every file of a drop of several gets its own answer. */
    private void show(String text, String color) {
        Div line = new Div(text);
        line.getStyle().set("color", color);
        message.addComponentAsFirst(line);
        message.getChildren().skip(MESSAGE_LINES).toList().forEach(message::remove);
        message.setVisible(true);
    }

    /** Keeps the server from buffering more than the limit, whatever the browser was told. */
    private static final class LimitedUpload extends InMemoryUploadHandler {

        private final long limit;

        LimitedUpload(long limit, com.vaadin.flow.server.streams.InMemoryUploadCallback callback) {
            super(callback);
            this.limit = limit;
        }

        @Override
        public long getFileSizeMax() {
            return limit;
        }
    }
}
