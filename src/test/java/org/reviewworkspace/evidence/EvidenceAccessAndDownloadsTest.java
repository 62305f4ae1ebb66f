package org.reviewworkspace.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.reviewworkspace.assessment.EvidenceCorruptedException;
import org.reviewworkspace.assessment.EvidenceItem;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.NotAllowedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Only the assessor holding the task changes an assessment's evidence; everyone who may see the
 * review lists and downloads it, as an attachment with its stored type, and only intact bytes
 * are ever handed out.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class EvidenceAccessAndDownloadsTest extends EvidenceTestSupport {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;
    @Autowired AuditService audit;

    @Test
    void another_assessor_can_neither_upload_to_nor_delete_from_someone_elses_assessment() {
        String hmc3 = taskOf("assessor1", "HMC-3");
        EvidenceItem minutes = acting.as("assessor1", () -> evidence.upload(hmc3, "visit-minutes.pdf",
                resource("visit-minutes.pdf")));
        String pieas = taskOf("assessor2", "PIEAS");

        assertThatThrownBy(() -> acting.run("assessor2", () -> evidence.upload(hmc3, "photo.png",
                resource("site-photo.png")))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> acting.run("assessor2", () -> evidence.delete(hmc3, minutes.id())))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> acting.run("assessor2", () -> evidence.delete(pieas, minutes.id())))
                .isInstanceOf(NotAllowedException.class).hasMessage("This file belongs to another assessment.");
        assertThatThrownBy(() -> acting.run("coordinator", () -> evidence.upload(hmc3, "photo.png",
                resource("site-photo.png")))).isInstanceOf(NotAllowedException.class);

        assertThat(acting.as("assessor1", () -> evidence.list(hmc3))).extracting(EvidenceItem::fileName)
                .containsExactly("visit-minutes.pdf");
    }

    @Test
    void members_and_the_coordinator_list_the_evidence_of_a_review_and_an_observer_may_not() {
        String hmc3 = taskOf("assessor1", "HMC-3");
        EvidenceItem minutes = acting.as("assessor1", () -> evidence.upload(hmc3, "visit-minutes.pdf",
                resource("visit-minutes.pdf")));

        assertThat(acting.as("assessor2", () -> evidence.evidenceOf(review.id()))).extracting(EvidenceItem::fileName,
                EvidenceItem::institution, EvidenceItem::assessorName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("visit-minutes.pdf", "HMC-3", "Task-force member 1"));
        assertThat(acting.as("coordinator", () -> evidence.evidenceOfAssessment(minutes.assessmentId()))).hasSize(1);
        assertThatThrownBy(() -> acting.as("observer", () -> evidence.evidenceOf(review.id())))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> acting.as("approver", () -> evidence.download(minutes.id())))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void a_download_is_an_attachment_with_the_stored_type_the_encoded_name_and_nosniff() throws Exception {
        String hmc3 = taskOf("assessor1", "HMC-3");
        byte[] csv = resource("participation.csv");
        EvidenceItem item = acting.as("assessor1", () -> evidence.upload(hmc3, "Teilnahme März 2025 \"final\".csv", csv));

        MvcResult result = mvc.perform(get("/evidence/" + item.id()).with(user(userDetails.loadUserByUsername("lead"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"Teilnahme M_rz 2025 _final_.csv\"; "
                        + "filename*=UTF-8''Teilnahme%20M%C3%A4rz%202025%20%22final%22.csv"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(csv))
                .andReturn();
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void images_and_pdfs_are_served_in_place_for_the_preview_and_nothing_else_is() throws Exception {
        String hmc3 = taskOf("assessor1", "HMC-3");
        EvidenceItem pdf = acting.as("assessor1", () -> evidence.upload(hmc3, "visit-minutes.pdf",
                resource("visit-minutes.pdf")));
        EvidenceItem text = acting.as("assessor1", () -> evidence.upload(hmc3, "notes.txt",
                resource("interview-notes.txt")));
        var lead = user(userDetails.loadUserByUsername("lead"));

        mvc.perform(get("/" + pdf.previewPath()).with(lead))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"visit-minutes.pdf\"; "
                        + "filename*=UTF-8''visit-minutes.pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/" + text.previewPath()).with(lead))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));
    }

    @Test
    void someone_who_may_not_see_the_review_gets_no_file() throws Exception {
        String hmc3 = taskOf("assessor1", "HMC-3");
        EvidenceItem item = acting.as("assessor1", () -> evidence.upload(hmc3, "visit-minutes.pdf",
                resource("visit-minutes.pdf")));

        mvc.perform(get("/evidence/" + item.id()).with(user(userDetails.loadUserByUsername("observer"))))
                .andExpect(status().isForbidden())
                .andExpect(content().string("You do not have access to review " + REVIEW_2025 + "."));
        MvcResult anonymous = mvc.perform(get("/evidence/" + item.id())).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isNotEqualTo(200);
        assertThat(anonymous.getResponse().getContentAsByteArray()).isNotEqualTo(resource("visit-minutes.pdf"));
        mvc.perform(get("/evidence/999999").with(user(userDetails.loadUserByUsername("lead"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_file_whose_stored_bytes_were_altered_is_refused_and_the_incident_recorded() throws Exception {
        String hmc3 = taskOf("assessor1", "HMC-3");
        EvidenceItem item = acting.as("assessor1", () -> evidence.upload(hmc3, "visit-minutes.pdf",
                resource("visit-minutes.pdf")));
        jdbc.update("update attachment_content set content = ? where attachment_id = ?",
                "%PDF-1.4 forged minutes".getBytes(java.nio.charset.StandardCharsets.US_ASCII), item.id());
        int incidentsBefore = audit.eventsOf(review.id(), "evidence.checksum-mismatch").size();

        assertThatThrownBy(() -> acting.as("coordinator", () -> evidence.download(item.id())))
                .isInstanceOf(EvidenceCorruptedException.class)
                .hasMessageContaining("\u201cvisit-minutes.pdf\u201d cannot be downloaded")
                .hasMessageContaining("no longer matches the checksum");
        mvc.perform(get("/evidence/" + item.id()).with(user(userDetails.loadUserByUsername("lead"))))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("no longer matches the checksum")));
        assertThat(audit.eventsOf(review.id(), "evidence.checksum-mismatch")).hasSize(incidentsBefore + 2);
    }
}
