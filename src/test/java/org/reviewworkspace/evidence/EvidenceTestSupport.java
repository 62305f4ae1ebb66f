package org.reviewworkspace.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.reviewworkspace.assessment.EvidenceService;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 2025 review of the reference scenario with its visit planned (24–28 August 2025), so
 * that every assessor holds an open "Assess institution" task: assessor1 assesses HMC-3,
 * assessor2 PIEAS. The context is shared; each test starts without any evidence.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
abstract class EvidenceTestSupport {

    static final String REVIEW_2025 = "REV-2025-PK-01";

    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;
    @Autowired ReviewService reviews;
    @Autowired InboxService inbox;
    @Autowired EvidenceService evidence;
    @Autowired JdbcTemplate jdbc;

    ReviewSummary review;

    @BeforeEach
    void theVisitIsPlannedAndNoEvidenceIsAttached() {
        review = reviews.byReferenceCode(REVIEW_2025);
        if (review.status() == ReviewStatus.PLANNING) {
            scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
            review = reviews.byReferenceCode(REVIEW_2025);
        }
        jdbc.update("delete from attachment_content");
        jdbc.update("delete from attachment");
    }

    /** The id of the open "Assess institution" task of {@code assessor} for {@code institution}. */
    String taskOf(String assessor, String institution) {
        return acting.as(assessor, () -> inbox.page(0, 50).stream()
                .filter(t -> REVIEW_2025.equals(t.reviewCode()) && institution.equals(t.institution())
                        && t.route().contains("/AssessInstitution/"))
                .map(InboxItem::taskId).findFirst()
                .orElseThrow(() -> new IllegalStateException(assessor + " has no task for " + institution)));
    }

    static byte[] resource(String name) {
        try (InputStream in = EvidenceTestSupport.class.getResourceAsStream("/evidence/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource evidence/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** A Word document as Word writes one: a ZIP with the content-types part and the {@code word/} parts. */
    static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships/>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://"
                    + "schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Supplier list "
                    + "of HMC-3</w:t></w:r></w:p></w:body></w:document>");
        }
        return bytes.toByteArray();
    }

    /** An OpenDocument spreadsheet: its first entry, stored uncompressed, is {@code mimetype}. */
    static byte[] ods() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            entry(zip, "content.xml", "<office:document-content/>");
        }
        return bytes.toByteArray();
    }

    /** A plain ZIP archive that is no office document. */
    static byte[] zipOfPrograms() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "setup.exe", "MZ not really");
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
