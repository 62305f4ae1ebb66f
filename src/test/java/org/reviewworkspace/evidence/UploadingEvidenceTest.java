package org.reviewworkspace.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.assessment.EvidenceItem;
import org.reviewworkspace.audit.AuditEvent;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Task-force member 1 attaches evidence to the HMC-3 assessment: what the bytes are decides
 * whether a file is accepted, never its name; refusals say why and store nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class UploadingEvidenceTest extends EvidenceTestSupport {

    @Autowired AuditService audit;

    @Test
    void pdf_png_jpeg_office_csv_and_text_files_are_accepted_with_the_type_their_content_shows() throws Exception {
        String task = taskOf("assessor1", "HMC-3");
        byte[] pdf = resource("visit-minutes.pdf");

        List<EvidenceItem> uploaded = acting.as("assessor1", () -> {
            try {
                return List.of(
                        evidence.upload(task, "visit-minutes.pdf", pdf),
                        evidence.upload(task, "site-photo.png", resource("site-photo.png")),
                        evidence.upload(task, "workshop.jpg", resource("workshop.jpg")),
                        evidence.upload(task, "suppliers.docx", docx()),
                        evidence.upload(task, "budget.ods", ods()),
                        evidence.upload(task, "participation.csv", resource("participation.csv")),
                        evidence.upload(task, "interview-notes.txt", resource("interview-notes.txt")),
                        evidence.upload(task, "notes-without-extension", "Meeting at HMC-3\n".getBytes(StandardCharsets.UTF_8)));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(uploaded).extracting(EvidenceItem::contentType).containsExactly("application/pdf", "image/png",
                "image/jpeg", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.oasis.opendocument.spreadsheet", "text/csv", "text/plain", "text/plain");
        assertThat(uploaded).extracting(EvidenceItem::typeLabel).containsExactly("PDF", "PNG image", "JPEG image",
                "Word", "OpenDocument", "CSV", "Text", "Text");
        assertThat(uploaded).extracting(EvidenceItem::previewable)
                .containsExactly(true, true, true, false, false, false, false, false);
        EvidenceItem minutes = uploaded.get(0);
        assertThat(minutes.size()).isEqualTo(pdf.length);
        assertThat(minutes.sha256()).isEqualTo(sha256(pdf));
        assertThat(minutes.shortSha256()).isEqualTo(sha256(pdf).substring(0, 12) + "…");
        assertThat(minutes.uploadedByName()).isEqualTo("Task-force member 1");
        assertThat(minutes.institution()).isEqualTo("HMC-3");
        assertThat(acting.as("assessor1", () -> evidence.list(task))).hasSize(8);
    }

    @Test
    void an_executable_renamed_pdf_is_refused_and_nothing_is_stored() {
        String task = taskOf("assessor1", "HMC-3");

        assertRefused(task, "annual-report.pdf", resource("elf-renamed.pdf"),
                "annual-report.pdf is a program (a Linux executable), not a document");
        assertRefused(task, "annual-report.pdf", resource("pe-renamed.pdf"), "a Windows executable");
        assertRefused(task, "annual-report.pdf", resource("script-renamed.pdf"), "a script");
        assertRefused(task, "annual-report.pdf", new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE, 7, 0,
                0, 1}, "a macOS executable");

        assertThat(acting.as("assessor1", () -> evidence.list(task))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from attachment_content", Long.class)).isZero();
    }

    @Test
    void an_empty_file_is_refused() {
        String task = taskOf("assessor1", "HMC-3");

        assertRefused(task, "empty.pdf", resource("empty.pdf"), "empty.pdf is empty.");
    }

    @Test
    void archives_installers_and_binary_data_that_are_no_documents_are_refused() throws Exception {
        String task = taskOf("assessor1", "HMC-3");

        assertRefused(task, "report.docx", zipOfPrograms(), "is a ZIP archive but not an office document");
        assertRefused(task, "report.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0}, "neither a Word, Excel nor PowerPoint file");
        assertRefused(task, "data.txt", new byte[] {'a', 'b', 0, 'c'}, "is not a type accepted as evidence");
        assertRefused(task, "latin1.txt", "Résumé".getBytes(StandardCharsets.ISO_8859_1),
                "is not a type accepted as evidence");
        assertThat(acting.as("assessor1", () -> evidence.list(task))).isEmpty();
    }

    @Test
    void the_same_file_twice_is_refused_naming_the_earlier_upload() {
        String task = taskOf("assessor1", "HMC-3");
        byte[] pdf = resource("visit-minutes.pdf");
        acting.as("assessor1", () -> evidence.upload(task, "visit-minutes.pdf", pdf));

        assertRefused(task, "minutes-copy.pdf", pdf, "minutes-copy.pdf is the same file as \u201cvisit-minutes.pdf\u201d, "
                + "uploaded by Task-force member 1 on ");

        assertThat(acting.as("assessor1", () -> evidence.list(task))).extracting(EvidenceItem::fileName)
                .containsExactly("visit-minutes.pdf");
    }

    @Test
    void the_same_file_may_be_evidence_in_two_assessments() {
        byte[] pdf = resource("visit-minutes.pdf");

        acting.as("assessor1", () -> evidence.upload(taskOf("assessor1", "HMC-3"), "visit-minutes.pdf", pdf));
        acting.as("assessor2", () -> evidence.upload(taskOf("assessor2", "PIEAS"), "visit-minutes.pdf", pdf));

        assertThat(acting.as("coordinator", () -> evidence.evidenceOf(review.id())))
                .extracting(EvidenceItem::institution).containsExactlyInAnyOrder("HMC-3", "PIEAS");
    }

    @Test
    void a_long_name_with_folders_and_nul_is_cleaned_keeping_its_extension() {
        String task = taskOf("assessor1", "HMC-3");
        String name = "../../etc/" + "r".repeat(150) + "\u0000\u202Eeport-" + "x".repeat(135) + ".pdf";
        assertThat(name).hasSizeGreaterThanOrEqualTo(300);

        EvidenceItem item = acting.as("assessor1", () -> evidence.upload(task, name, resource("visit-minutes.pdf")));

        assertThat(item.fileName()).hasSize(200).startsWith("rrrr").endsWith("xxx.pdf")
                .doesNotContain("/", "..", "\u0000", "\u202E");
    }

    @Test
    void a_name_with_nothing_usable_left_is_refused() {
        String task = taskOf("assessor1", "HMC-3");

        assertRefused(task, "../\u0000", resource("visit-minutes.pdf"), "The file name has nothing usable left");
        assertRefused(task, "reports/..", resource("visit-minutes.pdf"), "The file name has nothing usable left");
    }

    @Test
    void uploads_and_deletions_are_recorded_in_the_audit_trail() throws Exception {
        String task = taskOf("assessor1", "HMC-3");
        byte[] photo = resource("site-photo.png");
        long uploadsBefore = audit.eventsOf(review.id(), "evidence.uploaded").size();
        long deletionsBefore = audit.eventsOf(review.id(), "evidence.deleted").size();

        EvidenceItem item = acting.as("assessor1", () -> evidence.upload(task, "site-photo.png", photo));
        acting.run("assessor1", () -> evidence.delete(task, item.id()));

        List<AuditEvent> uploads = audit.eventsOf(review.id(), "evidence.uploaded");
        assertThat(uploads).hasSize((int) uploadsBefore + 1);
        assertThat(uploads.get(uploads.size() - 1).getSummary()).isEqualTo(
                "Task-force member 1 attached \u201csite-photo.png\u201d (PNG image, " + photo.length
                        + " bytes) to the HMC-3 assessment");
        List<AuditEvent> deletions = audit.eventsOf(review.id(), "evidence.deleted");
        assertThat(deletions).hasSize((int) deletionsBefore + 1);
        assertThat(deletions.get(deletions.size() - 1).getSummary())
                .isEqualTo("Task-force member 1 removed \u201csite-photo.png\u201d from the HMC-3 assessment");
        assertThat(acting.as("assessor1", () -> evidence.list(task))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from attachment_content", Long.class)).isZero();
    }

    private void assertRefused(String task, String name, byte[] content, String message) {
        long stored = jdbc.queryForObject("select count(*) from attachment", Long.class);
        assertThatThrownBy(() -> acting.run("assessor1", () -> evidence.upload(task, name, content)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("file"))
                .hasMessageContaining(message);
        assertThat(jdbc.queryForObject("select count(*) from attachment", Long.class)).isEqualTo(stored);
    }
}
