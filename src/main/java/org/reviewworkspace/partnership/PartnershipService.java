package org.reviewworkspace.partnership;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.time.LocalDate;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads partnerships and their institutions for planning and display. */
@Service
@Transactional(readOnly = true)
public class PartnershipService {

    private final PartnershipRepository partnerships;
    private final InstitutionRepository institutions;

    private final CurrentUser currentUser;
    private final AuditService audit;

    PartnershipService(PartnershipRepository partnerships, InstitutionRepository institutions,
                       CurrentUser currentUser, AuditService audit) {
        this.partnerships = partnerships;
        this.institutions = institutions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Registers a partnership (coordinators only). */
    @Transactional
    public PartnershipSummary createPartnership(String name, String code, String partner, String hostOrganisation,
                                                String programme, LocalDate memberSince) {
        String actor = currentUser.require(Role.COORDINATOR, "manage partnerships");
        Partnership saved = partnerships.save(new Partnership(name, code, partner, hostOrganisation, programme,
                memberSince));
        audit.record(AuditEntry.of(actor, "partnership.created", null, "Partnership", saved.getId(),
                "Partnership " + name + " registered"));
        return PartnershipSummary.of(saved);
    }

    /** Adds an institution to a partnership (coordinators only). */
    @Transactional
    public InstitutionSummary addInstitution(long partnershipId, String name, String acronym, String city,
                                             String type, String researchDomains) {
        String actor = currentUser.require(Role.COORDINATOR, "manage institutions");
        Partnership partnership = partnerships.findById(partnershipId)
                .orElseThrow(() -> new NotFoundException("This partnership does not exist."));
        Institution saved = institutions.save(new Institution(partnership, name, acronym, city, type,
                researchDomains));
        audit.record(AuditEntry.of(actor, "institution.created", null, "Institution", saved.getId(),
                acronym + " (" + name + ") added to " + partnership.getName()));
        return InstitutionSummary.of(saved);
    }

    /** All partnerships, by name (a programme has a handful). */
    public List<PartnershipSummary> partnerships() {
        return partnerships.findAll().stream().map(PartnershipSummary::of)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    public PartnershipSummary partnership(long id) {
        return partnerships.findById(id).map(PartnershipSummary::of)
                .orElseThrow(() -> new NotFoundException("This partnership does not exist."));
    }

    /** The institutions of a partnership that can be planned, by acronym. */
    public List<InstitutionSummary> plannableInstitutions(long partnershipId) {
        return institutions.findByPartnership_IdAndArchivedFalseOrderByAcronym(partnershipId).stream()
                .map(InstitutionSummary::of).toList();
    }

    /** Institutions by id, for display. */
    public Map<Long, InstitutionSummary> institutions(Collection<Long> ids) {
        return institutions.findAllById(ids).stream().map(InstitutionSummary::of)
                .collect(Collectors.toMap(InstitutionSummary::id, Function.identity()));
    }

    public InstitutionSummary institution(long id) {
        return institutions.findById(id).map(InstitutionSummary::of)
                .orElseThrow(() -> new NotFoundException("This institution does not exist."));
    }
}
