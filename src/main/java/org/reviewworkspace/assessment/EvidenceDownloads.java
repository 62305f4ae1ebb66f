package org.reviewworkspace.assessment;

import java.nio.charset.StandardCharsets;
import org.reviewworkspace.base.DomainException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves evidence files at {@code /evidence/<id>}. It trusts nothing about the link: the
 * service checks that the signed-in user may see the review and that the bytes still match
 * their SHA-256. Files are always sent as attachments with their sniffed type and
 * {@code nosniff}; only images and PDFs may be shown in place ({@code ?inline=true}), for the
 * preview in the assessment form. The application forbids framing its pages, so the preview
 * shows a PDF from a blob URL rather than framing this endpoint.
 */
@RestController
class EvidenceDownloads {

    private final EvidenceService evidence;

    EvidenceDownloads(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id, @RequestParam(defaultValue = "false") boolean inline) {
        EvidenceFile file = evidence.download(id);
        boolean inPlace = inline && file.previewable();
        MediaType type = MediaType.parseMediaType(file.contentType());
        if ("text".equals(type.getType())) {
            type = new MediaType(type, StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(inPlace ? "inline" : "attachment",
                        file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<String> refused(DomainException e) {
        HttpStatus status = e instanceof NotAllowedException ? HttpStatus.FORBIDDEN
                : e instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : e instanceof EvidenceCorruptedException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff").body(e.getMessage());
    }

    /**
     * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<RFC 5987 encoded>}, so
     * every browser gets a usable name and modern ones the exact one.
     */
    static String contentDisposition(String kind, String fileName) {
        StringBuilder fallback = new StringBuilder();
        fileName.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\'
                && c != '%' && c != ';' ? (char) c : '_'));
        return kind + "; filename=\"" + fallback + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    private static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
