package org.reviewworkspace.report;

import java.nio.charset.StandardCharsets;
import org.reviewworkspace.base.AccessRefused;
import org.reviewworkspace.base.DomainException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves published reports at {@code /reports/<reference>.pdf} (a download) and
 * {@code /reports/<reference>.html} (to read in the browser). The reference in the link is only
 * looked up: the service decides whether the signed-in user may read the report and checks the
 * PDF against its SHA-256. The stored HTML is served under a policy that lets it style itself and
 * nothing else, so it can never run or load anything.
 */
@RestController
class ReportDownloads {

    /** No script, frame, form, image or fetch; only the report's own inline styles. */
    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private static final Logger log = LoggerFactory.getLogger(ReportDownloads.class);

    private final ReportService reports;
    private final ApplicationEventPublisher events;

    ReportDownloads(ReportService reports, ApplicationEventPublisher events) {
        this.reports = reports;
        this.events = events;
    }

    @GetMapping("/reports/{referenceCode}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String referenceCode) {
        ReportFile file = reports.pdf(referenceCode);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(ContentDisposition.attachment(), file))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    @GetMapping("/reports/{referenceCode}.html")
    ResponseEntity<byte[]> html(@PathVariable String referenceCode) {
        ReportFile file = reports.html(referenceCode);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(ContentDisposition.inline(), file))
                .header("Content-Security-Policy", HTML_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    /** A plain file name for reference codes in ASCII, as they normally are; RFC 5987 for any other. */
    private static String disposition(ContentDisposition.Builder kind, ReportFile file) {
        boolean ascii = file.fileName().chars().allMatch(c -> c > 0x20 && c < 0x7F && c != '"' && c != '\\');
        return (ascii ? kind.filename(file.fileName()) : kind.filename(file.fileName(), StandardCharsets.UTF_8))
                .build().toString();
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<String> refused(DomainException e) {
        HttpStatus status = e instanceof NotAllowedException ? HttpStatus.FORBIDDEN
                : e instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : e instanceof ReportCorruptedException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        if (e instanceof NotAllowedException) {
            auditRefusal(e.getMessage());
        }
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff").body(e.getMessage());
    }

    /** A refused read is recorded like a refused action in the application (DESIGN.md §6.2). */
    private void auditRefusal(String message) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return;
        }
        try {
            events.publishEvent(new AccessRefused(authentication.getName(), message));
        } catch (RuntimeException e) {
            log.warn("Could not audit a refusal", e);
        }
    }
}
