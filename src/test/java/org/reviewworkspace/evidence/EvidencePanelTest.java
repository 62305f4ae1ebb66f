package org.reviewworkspace.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.assessment.EvidenceItem;
import org.reviewworkspace.assessment.ui.EvidencePanel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The evidence panel as Task-force member 1 sees it in the HMC-3 assessment form (browserless,
 * Karibu-Testing): drop a file, read why one is refused, preview, delete.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class EvidencePanelTest extends EvidenceTestSupport {

    @Autowired UserDetailsService users;

    EvidencePanel panel;

    /** Opens the panel of assessor1's HMC-3 task in a fresh browser tab. */
    void openPanelAsAssessor1() {
        MockVaadin.setup();
        UserDetails user = users.loadUserByUsername("assessor1");
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(signedIn);
        panel = new EvidencePanel(evidence, taskOf("assessor1", "HMC-3"));
        UI.getCurrent().add(panel);
    }

    @AfterEach
    void closeBrowserTab() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_dropped_pdf_is_listed_with_its_type_size_and_shortened_checksum() throws Exception {
        openPanelAsAssessor1();
        byte[] pdf = resource("visit-minutes.pdf");

        drop("visit-minutes.pdf", pdf);

        assertThat(message()).isEqualTo("visit-minutes.pdf attached (PDF, 597 bytes).");
        List<EvidenceItem> listed = rows();
        assertThat(listed).singleElement().satisfies(item -> {
            assertThat(item.fileName()).isEqualTo("visit-minutes.pdf");
            assertThat(item.sha256()).isEqualTo(sha256(pdf));
        });
        Component checksum = GridKt._getCellComponent(grid(), 0, "sha256");
        assertThat(checksum.getElement().getText()).isEqualTo(sha256(pdf).substring(0, 12) + "…");
        assertThat(checksum.getElement().getAttribute("title")).isEqualTo(sha256(pdf));
    }

    @Test
    void a_renamed_executable_is_refused_beside_the_upload_and_nothing_is_listed() {
        openPanelAsAssessor1();

        drop("annual-report.pdf", resource("elf-renamed.pdf"));

        assertThat(message()).startsWith("annual-report.pdf is a program (a Linux executable), not a document");
        assertThat(rows()).isEmpty();
    }

    @Test
    void a_second_copy_of_a_file_is_refused_naming_the_first() {
        openPanelAsAssessor1();
        drop("visit-minutes.pdf", resource("visit-minutes.pdf"));

        drop("copy.pdf", resource("visit-minutes.pdf"));

        assertThat(message()).startsWith("copy.pdf is the same file as \u201cvisit-minutes.pdf\u201d");
        assertThat(rows()).hasSize(1);
    }

    @Test
    void images_and_pdfs_preview_in_place() {
        openPanelAsAssessor1();
        drop("site-photo.png", resource("site-photo.png"));
        drop("visit-minutes.pdf", resource("visit-minutes.pdf"));
        List<EvidenceItem> listed = rows();

        action(0, "evidence-preview-" + listed.get(0).id()).click();
        assertThat(LocatorJ._get(preview(), Image.class).getSrc()).isEqualTo("evidence/" + listed.get(0).id() + "?inline=true");

        action(1, "evidence-preview-" + listed.get(1).id()).click();
        assertThat(LocatorJ._find(preview(), IFrame.class)).hasSize(1);
        assertThat(LocatorJ._find(preview(), Image.class)).isEmpty();
    }

    @Test
    void deleting_a_file_takes_it_off_the_list() {
        openPanelAsAssessor1();
        drop("participation.csv", resource("participation.csv"));
        EvidenceItem item = rows().get(0);

        action(0, "evidence-delete-" + item.id()).click();

        assertThat(message()).isEqualTo("participation.csv removed.");
        assertThat(rows()).isEmpty();
    }

    @Test
    void the_read_only_panel_of_the_review_lists_and_downloads_but_offers_no_upload_or_delete() {
        openPanelAsAssessor1();
        drop("visit-minutes.pdf", resource("visit-minutes.pdf"));
        EvidenceItem item = rows().get(0);
        MockVaadin.tearDown();
        MockVaadin.setup();

        UI.getCurrent().add(acting.as("coordinator", () -> EvidencePanel.ofReview(evidence, review.id())));

        assertThat(LocatorJ._find(Upload.class)).isEmpty();
        assertThat(rows()).extracting(EvidenceItem::institution, EvidenceItem::fileName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HMC-3", "visit-minutes.pdf"));
        Component actions = GridKt._getCellComponent(grid(), 0, "actions");
        assertThat(LocatorJ._find(actions, Button.class, spec -> spec.withId("evidence-delete-" + item.id()))).isEmpty();
        assertThat(LocatorJ._get(actions, com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("evidence-download-" + item.id())).getHref()).isEqualTo("evidence/" + item.id());
    }

    private void drop(String fileName, byte[] content) {
        UploadKt._upload(LocatorJ._get(Upload.class, spec -> spec.withId("evidence-upload")), fileName, content);
        MockVaadin.clientRoundtrip();
    }

    /** The newest line beside the upload. */
    private static String message() {
        return LocatorJ._get(Div.class, spec -> spec.withId("evidence-message")).getChildren().findFirst()
                .map(line -> line.getElement().getText()).orElse("");
    }

    @SuppressWarnings("unchecked")
    private static Grid<EvidenceItem> grid() {
        return LocatorJ._get(Grid.class, spec -> spec.withId("evidence-grid"));
    }

    private static List<EvidenceItem> rows() {
        return grid().getListDataView().getItems().toList();
    }

    private static Div preview() {
        return LocatorJ._get(Div.class, spec -> spec.withId("evidence-preview"));
    }

    private static Button action(int row, String id) {
        Component actions = GridKt._getCellComponent(grid(), row, "actions");
        return LocatorJ._get(actions, Button.class, spec -> spec.withId(id));
    }
}
