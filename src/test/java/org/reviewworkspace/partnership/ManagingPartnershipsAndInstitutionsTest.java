package org.reviewworkspace.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A coordinator keeps the partnerships and their institutions: creating, editing, archiving
 * and deleting them, with the rules of DESIGN.md §2 and §6. Runs on the demo data (the
 * CERN–Pakistan partnership and its six institutes, both reviews planned); what a test adds
 * goes into a partnership of its own, so the tests neither depend on each other's order nor change
 * the reference scenario; the partnerships they add are dropped with the context afterwards.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ManagingPartnershipsAndInstitutionsTest {

    @Autowired PartnershipService partnerships;
    @Autowired Acting acting;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_second_ncp_in_the_same_partnership_is_refused_at_the_acronym_field_and_nothing_is_written() {
        long pakistan = pakistan().id();
        long institutionsBefore = count("institution");
        long auditEventsBefore = count("audit_event");

        assertThatThrownBy(() -> asCoordinator(() -> partnerships.addInstitution(pakistan,
                institution("ncp", "National Centre for Physics (again)", "Islamabad"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(Map.entry("acronym", "NCP is already an institution of this partnership")));

        assertThat(count("institution")).isEqualTo(institutionsBefore);
        assertThat(count("audit_event")).isEqualTo(auditEventsBefore);
    }

    @Test
    void renaming_an_institution_to_the_acronym_of_another_is_refused_whatever_its_case() {
        PartnershipSummary partnership = createPartnership("Associate membership: Renaming " + suffix());
        addTo(partnership, "PIEAS", "Pakistan Institute of Engineering and Applied Sciences");
        InstitutionDetails nibge = addTo(partnership, "NIBGE", "National Institute for Biotechnology");

        assertThatThrownBy(() -> asCoordinator(() -> partnerships.updateInstitution(nibge.id(),
                institution("Pieas", nibge.name(), null), nibge.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("acronym", "PIEAS is already an institution of this partnership"));
    }

    @Test
    void another_partnership_may_have_an_institution_with_the_same_acronym() {
        PartnershipSummary other = createPartnership("Associate membership: Test partner " + suffix());

        InstitutionDetails ncp = asCoordinator(() -> partnerships.addInstitution(other.id(),
                institution("NCP", "National Computing Park", "Elsewhere")));

        assertThat(ncp.acronym()).isEqualTo("NCP");
        assertThat(ncp.partnershipId()).isEqualTo(other.id());
    }

    @Test
    void a_form_without_name_or_with_a_too_long_acronym_is_refused_field_by_field() {
        long pakistan = pakistan().id();

        assertThatThrownBy(() -> asCoordinator(() -> partnerships.addInstitution(pakistan,
                institution("A".repeat(31), " ", null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("acronym", "name")
                        .containsEntry("acronym", "At most 30 characters")
                        .containsEntry("name", "Enter the institution's full name"));
    }

    @Test
    void an_archived_institution_is_not_offered_for_planning_until_it_is_restored() {
        PartnershipSummary partnership = createPartnership("Associate membership: Archiving " + suffix());
        addTo(partnership, "NCP", "National Centre for Physics");
        InstitutionDetails nibge = addTo(partnership, "NIBGE", "National Institute for Biotechnology");
        assertThat(plannableAcronyms(partnership)).containsExactly("NCP", "NIBGE");

        InstitutionDetails archived = asCoordinator(() -> partnerships.archiveInstitution(nibge.id(), nibge.version()));

        assertThat(archived.archived()).isTrue();
        assertThat(archived.status()).isEqualTo("Archived");
        assertThat(plannableAcronyms(partnership)).containsExactly("NCP");
        assertThat(institutionsListed(partnership)).as("the coordinator's list keeps it, flagged")
                .extracting(i -> i.acronym() + " " + i.status()).containsExactly("NCP Active", "NIBGE Archived");

        asCoordinator(() -> partnerships.restoreInstitution(nibge.id(), archived.version()));

        assertThat(plannableAcronyms(partnership)).containsExactly("NCP", "NIBGE");
    }

    @Test
    void an_institution_in_a_visit_plan_cannot_be_deleted_but_can_be_archived() {
        InstitutionDetails ncp = listed("NCP");

        assertThatThrownBy(() -> asCoordinator(() -> {
            partnerships.deleteInstitution(ncp.id(), ncp.version());
            return null;
        }))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageStartingWith("NCP cannot be deleted: it ")
                .hasMessageContaining("visit plan")
                .hasMessageContaining("Archive it instead");
        assertThat(listed("NCP").id()).isEqualTo(ncp.id());

        InstitutionDetails archived = asCoordinator(() -> partnerships.archiveInstitution(ncp.id(), ncp.version()));
        try {
            assertThat(archived.archived()).isTrue();
            assertThat(plannableAcronyms(pakistan())).doesNotContain("NCP").contains("PIEAS");
        } finally {
            asCoordinator(() -> partnerships.restoreInstitution(ncp.id(), archived.version()));
        }
    }

    @Test
    void an_institution_entered_by_mistake_can_be_deleted_and_the_trail_keeps_what_it_was() {
        PartnershipSummary partnership = createPartnership("Associate membership: Mistakes " + suffix());
        InstitutionDetails mistake = addTo(partnership, "TYPO", "Institute entered by mistake");

        asCoordinator(() -> {
            partnerships.deleteInstitution(mistake.id(), mistake.version());
            return null;
        });

        assertThat(institutionsListed(partnership)).isEmpty();
        Map<String, Object> deleted = auditOf("Institution", mistake.id(), "institution.deleted");
        assertThat(deleted.get("summary")).isEqualTo("Review coordinator deleted " + mistake.acronym()
                + " (Institute entered by mistake) from " + partnership.name());
        assertThat((String) deleted.get("detail_before")).contains("Acronym: " + mistake.acronym());
        assertThat(deleted.get("detail_after")).isNull();
    }

    @Test
    void an_assessor_cannot_create_partnerships_or_add_institutions() {
        long pakistan = pakistan().id();
        PartnershipForm form = partnershipForm("Associate membership: Not allowed " + suffix());

        assertThatThrownBy(() -> acting.as("assessor1", () -> partnerships.createPartnership(form)))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("Only a coordinator may manage partnerships and institutions.");
        assertThatThrownBy(() -> acting.as("lead", () -> partnerships.addInstitution(pakistan,
                institution("NEW", "A new institute", null))))
                .isInstanceOf(NotAllowedException.class);
        assertThat(partnerships.partnerships()).noneMatch(p -> p.name().equals(form.getName()));
    }

    @Test
    void a_stale_edit_is_refused_with_a_message_naming_the_conflict_and_the_first_edit_stays() {
        PartnershipSummary partnership = createPartnership("Associate membership: Stale " + suffix());
        InstitutionDetails opened = addTo(partnership, "NIBGE", "National Institute for Biotechnology");
        InstitutionForm first = InstitutionForm.of(opened);
        first.setCity("Faisalabad");
        asCoordinator(() -> partnerships.updateInstitution(opened.id(), first, opened.version()));

        InstitutionForm second = InstitutionForm.of(opened);
        second.setCity("Lahore");
        assertThatThrownBy(() -> asCoordinator(() -> partnerships.updateInstitution(opened.id(), second,
                opened.version())))
                .isInstanceOf(StaleDataException.class)
                .hasMessageStartingWith("Review coordinator changed " + opened.acronym()
                        + " (National Institute for Biotechnology) on ")
                .hasMessageEndingWith("since you opened it. Your input is still in the form; reload to see their "
                        + "version.");

        assertThat(asCoordinator(() -> partnerships.institutionDetails(opened.id())).city()).isEqualTo("Faisalabad");
    }

    @Test
    void a_stale_edit_of_a_partnership_is_refused_too() {
        PartnershipSummary opened = createPartnership("Associate membership: Stale partnership " + suffix());
        PartnershipForm first = PartnershipForm.of(opened);
        first.setProgramme("Associate membership in the pre-stage to membership");
        asCoordinator(() -> partnerships.updatePartnership(opened.id(), first, opened.version()));

        PartnershipForm second = PartnershipForm.of(opened);
        second.setHostOrganisation("Someone else's guess");
        assertThatThrownBy(() -> asCoordinator(() -> partnerships.updatePartnership(opened.id(), second,
                opened.version())))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("Review coordinator changed the partnership " + opened.name());
    }

    @Test
    void every_change_writes_one_audit_event_in_business_language_with_before_and_after() {
        PartnershipSummary created = createPartnership("Associate membership: Audited " + suffix());
        PartnershipForm edit = PartnershipForm.of(created);
        edit.setHostOrganisation("National Research Council");
        PartnershipSummary edited = asCoordinator(() -> partnerships.updatePartnership(created.id(), edit,
                created.version()));
        asCoordinator(() -> partnerships.archivePartnership(created.id(), edited.version()));

        assertThat(auditOf("Partnership", created.id(), "partnership.created").get("summary"))
                .isEqualTo("Review coordinator registered the partnership " + created.name());
        Map<String, Object> updated = auditOf("Partnership", created.id(), "partnership.updated");
        assertThat(updated.get("summary")).isEqualTo("Review coordinator changed the partnership " + created.name()
                + ": host organisation \u201cTest agency\u201d \u2192 \u201cNational Research Council\u201d");
        assertThat((String) updated.get("detail_before")).contains("Host organisation: Test agency");
        assertThat((String) updated.get("detail_after")).contains("Host organisation: National Research Council");
        Map<String, Object> archived = auditOf("Partnership", created.id(), "partnership.archived");
        assertThat(archived.get("summary")).isEqualTo("Review coordinator archived the partnership " + created.name());
        assertThat((String) archived.get("detail_after")).contains("Status: Archived");
        assertThat(partnerships.activePartnerships()).noneMatch(p -> p.id().equals(created.id()));
        assertThat(partnerships.partnerships()).anyMatch(p -> p.id().equals(created.id()) && p.archived());

        PartnershipSummary other = createPartnership("Associate membership: Audited institutions " + suffix());
        InstitutionDetails nibge = addTo(other, "NIBGE", "National Institute for Biotechnology");
        InstitutionForm moved = InstitutionForm.of(nibge);
        moved.setCity("Faisalabad");
        asCoordinator(() -> partnerships.updateInstitution(nibge.id(), moved, nibge.version()));

        assertThat(auditOf("Institution", nibge.id(), "institution.created").get("summary"))
                .isEqualTo("Review coordinator added NIBGE (National Institute for Biotechnology) to " + other.name());
        assertThat(auditOf("Institution", nibge.id(), "institution.updated").get("summary"))
                .isEqualTo("Review coordinator changed NIBGE of " + other.name()
                        + ": city \u201cIslamabad\u201d \u2192 \u201cFaisalabad\u201d");
    }

    @Test
    void an_archived_partnership_takes_no_new_institutions() {
        PartnershipSummary created = createPartnership("Associate membership: Archived " + suffix());
        asCoordinator(() -> partnerships.archivePartnership(created.id(), created.version()));

        assertThatThrownBy(() -> asCoordinator(() -> partnerships.addInstitution(created.id(),
                institution("NEW", "A new institute", null))))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("is archived");
    }

    // --- fixtures ---

    private PartnershipSummary pakistan() {
        return partnerships.partnerships().stream().filter(p -> p.name().equals(ReferenceScenario.PARTNERSHIP))
                .findFirst().orElseThrow();
    }

    private PartnershipSummary createPartnership(String name) {
        return asCoordinator(() -> partnerships.createPartnership(partnershipForm(name)));
    }

    private static PartnershipForm partnershipForm(String name) {
        PartnershipForm form = new PartnershipForm();
        form.setName(name);
        form.setCode("TP");
        form.setPartner("Test partner");
        form.setHostOrganisation("Test agency");
        form.setProgramme("Associate membership");
        form.setMemberSince(LocalDate.of(2020, 1, 1));
        return form;
    }

    private InstitutionDetails addTo(PartnershipSummary partnership, String acronym, String name) {
        return asCoordinator(() -> partnerships.addInstitution(partnership.id(), institution(acronym, name,
                "Islamabad")));
    }

    private static InstitutionForm institution(String acronym, String name, String city) {
        InstitutionForm form = new InstitutionForm();
        form.setAcronym(acronym);
        form.setName(name);
        form.setCity(city);
        form.setType("Research institute");
        return form;
    }

    private List<InstitutionDetails> institutionsListed(PartnershipSummary partnership) {
        return asCoordinator(() -> partnerships.institutionsOf(partnership.id(), Pageable.ofSize(100)));
    }

    private InstitutionDetails listed(String acronym) {
        return institutionsListed(pakistan()).stream().filter(i -> i.acronym().equals(acronym)).findFirst().orElseThrow();
    }

    private List<String> plannableAcronyms(PartnershipSummary partnership) {
        return partnerships.plannableInstitutions(partnership.id()).stream().map(InstitutionSummary::acronym).toList();
    }

    private <T> T asCoordinator(java.util.function.Supplier<T> work) {
        return acting.as("coordinator", work);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private Map<String, Object> auditOf(String entityType, long entityId, String action) {
        List<Map<String, Object>> events = jdbc.queryForList("select summary, detail_before, detail_after, actor "
                + "from audit_event where entity_type = ? and entity_id = ? and action = ?", entityType,
                String.valueOf(entityId), action);
        assertThat(events).as(action + " of " + entityType + " " + entityId).hasSize(1);
        return events.get(0);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
