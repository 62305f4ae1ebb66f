package org.reviewworkspace.partnership;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.beans.PropertyDescriptor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.TreeSet;
import java.util.Set;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.base.TextInput;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.security.Capability;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.security.UserSummary;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partnerships and their institutions: coordinators register, edit, archive and delete them;
 * the other features read them for planning and display.
 */
@Service
@Transactional(readOnly = true)
public class PartnershipService {

    /** What the institutions list may be sorted by, as the grid names it → entity property. */
    private static final Map<String, String> INSTITUTION_SORT = Map.of("acronym", "acronymKey", "name", "name",
            "city", "city", "type", "type", "status", "archived");

    private final PartnershipRepository partnerships;
    private final InstitutionRepository institutions;
    private final ObjectProvider<InstitutionUsage> usages;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final AuditService audit;
    private final Validator validator;
    private final Clock clock;

    PartnershipService(PartnershipRepository partnerships, InstitutionRepository institutions,
                       ObjectProvider<InstitutionUsage> usages, CurrentUser currentUser, UserDirectory users,
                       AuditService audit, Validator validator, Clock clock) {
        this.partnerships = partnerships;
        this.institutions = institutions;
        this.usages = usages;
        this.currentUser = currentUser;
        this.users = users;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    // --- partnerships ---

    /** Registers a partnership (coordinators only); its name must be new. */
    @Transactional
    public PartnershipSummary createPartnership(PartnershipForm form) {
        String actor = currentUser.require(Capability.MANAGE_PARTNERSHIPS);
        validate(form);
        String name = form.getName().trim();
        if (partnerships.existsByNameIgnoreCase(name)) {
            throw new InvalidInputException("name", "There is already a partnership called " + name);
        }
        Partnership partnership = new Partnership(name, code(form), form.getPartner().trim(),
                blankToNull(form.getHostOrganisation()), blankToNull(form.getProgramme()), form.getMemberSince());
        partnership.changedBy(actor, clock.instant());
        Partnership saved = partnerships.save(partnership);
        audit.record(AuditEntry.of(actor, "partnership.created", null, "Partnership", saved.getId(),
                who(actor) + " registered the partnership " + name).withDetail(null, saved.describe()));
        return PartnershipSummary.of(saved);
    }

    /** The usernames of the observers of a partnership, for coordinators managing it. */
    @Transactional(readOnly = true)
    public Set<String> observers(long partnershipId) {
        currentUser.require(Capability.MANAGE_PARTNERSHIPS);
        return findPartnership(partnershipId).observers();
    }

    /**
     * Sets who observes a partnership: they read its published reports, nothing else (DESIGN.md
     * §2). Coordinators only; everyone named must hold the observer role.
     */
    @Transactional
    public PartnershipSummary setObservers(long partnershipId, Set<String> usernames) {
        String actor = currentUser.require(Capability.MANAGE_PARTNERSHIPS);
        Partnership partnership = findPartnership(partnershipId);
        for (String username : usernames) {
            if (!users.hasRole(username, Role.OBSERVER)) {
                throw new InvalidInputException("observers", users.displayName(username) + " is not an observer");
            }
        }
        Set<String> before = new TreeSet<>(partnership.observers());
        Set<String> after = new TreeSet<>(usernames);
        if (before.equals(after)) {
            return PartnershipSummary.of(partnership);
        }
        partnership.replaceObservers(after);
        partnership.changedBy(actor, clock.instant());
        // the new version, so that the coordinator's next edit of the partnership is not taken for a stale one
        partnerships.saveAndFlush(partnership);
        audit.record(AuditEntry.of(actor, "partnership.observers-changed", null, "Partnership", partnershipId,
                who(actor) + " set the observers of " + partnership.getName() + ": "
                        + (after.isEmpty() ? "none" : String.join(", ", users.displayNames(after).values())))
                .withDetail(String.join("\n", before), String.join("\n", after)));
        return PartnershipSummary.of(partnership);
    }

    /** The users who may observe partnerships (those holding the observer role), for coordinators. */
    @Transactional(readOnly = true)
    public List<UserSummary> observerCandidates() {
        currentUser.require(Capability.MANAGE_PARTNERSHIPS);
        return users.withRole(Role.OBSERVER);
    }

    /** The ids of the partnerships {@code username} observes; for the features that decide what observers see. */
    @Transactional(readOnly = true)
    public Set<Long> observedBy(String username) {
        return Set.copyOf(partnerships.findIdsObservedBy(username));
    }

    /** Registers a partnership (coordinators only); the demo data and tests call it with the facts at hand. */
    @Transactional
    public PartnershipSummary createPartnership(String name, String code, String partner, String hostOrganisation,
                                                String programme, LocalDate memberSince) {
        PartnershipForm form = new PartnershipForm();
        form.setName(name);
        form.setCode(code);
        form.setPartner(partner);
        form.setHostOrganisation(hostOrganisation);
        form.setProgramme(programme);
        form.setMemberSince(memberSince);
        return createPartnership(form);
    }

    /**
     * Saves a coordinator's edit of a partnership. {@code version} is the one the form was
     * loaded with; if someone saved the partnership since, the edit is refused and says whose
     * change it met.
     */
    @Transactional
    public PartnershipSummary updatePartnership(long id, PartnershipForm form, long version) {
        String actor = currentUser.require(Capability.MANAGE_PARTNERSHIPS);
        Partnership partnership = findPartnership(id);
        requireUnchanged(partnership.getVersion(), version, "the partnership " + partnership.getName(),
                partnership.getLastChangedBy(), partnership.getLastChangedAt());
        validate(form);
        String name = form.getName().trim();
        if (partnerships.existsByNameIgnoreCaseAndIdNot(name, id)) {
            throw new InvalidInputException("name", "There is already a partnership called " + name);
        }
        String before = partnership.describe();
        String oldName = partnership.getName();
        partnership.update(name, code(form), form.getPartner().trim(), blankToNull(form.getHostOrganisation()),
                blankToNull(form.getProgramme()), form.getMemberSince());
        String after = partnership.describe();
        if (before.equals(after)) {
            return PartnershipSummary.of(partnership);
        }
        partnership.changedBy(actor, clock.instant());
        Partnership saved = partnerships.saveAndFlush(partnership);
        audit.record(AuditEntry.of(actor, "partnership.updated", null, "Partnership", id,
                who(actor) + " changed the partnership " + oldName + ": " + Changes.between(before, after))
                .withDetail(before, after));
        return PartnershipSummary.of(saved);
    }

    /**
     * Archives a partnership (coordinators only): it stays, with its institutions, for the
     * reviews that refer to it, but is no longer offered for new reviews.
     */
    @Transactional
    public PartnershipSummary archivePartnership(long id, long version) {
        return setPartnershipArchived(id, version, true);
    }

    /** Makes an archived partnership active again (coordinators only). */
    @Transactional
    public PartnershipSummary restorePartnership(long id, long version) {
        return setPartnershipArchived(id, version, false);
    }

    private PartnershipSummary setPartnershipArchived(long id, long version, boolean archived) {
        String actor = currentUser.require(Capability.MANAGE_PARTNERSHIPS);
        Partnership partnership = findPartnership(id);
        requireUnchanged(partnership.getVersion(), version, "the partnership " + partnership.getName(),
                partnership.getLastChangedBy(), partnership.getLastChangedAt());
        if (partnership.isArchived() == archived) {
            return PartnershipSummary.of(partnership);
        }
        String before = partnership.describe();
        if (archived) {
            partnership.archive();
        } else {
            partnership.restore();
        }
        partnership.changedBy(actor, clock.instant());
        Partnership saved = partnerships.saveAndFlush(partnership);
        audit.record(AuditEntry.of(actor, archived ? "partnership.archived" : "partnership.restored", null,
                "Partnership", id, who(actor) + (archived ? " archived" : " restored") + " the partnership "
                        + partnership.getName()).withDetail(before, saved.describe()));
        return PartnershipSummary.of(saved);
    }

    /** All partnerships, archived ones included, by name (a programme has a handful). */
    public List<PartnershipSummary> partnerships() {
        return partnerships.findAll().stream().map(PartnershipSummary::of)
                .sorted(Comparator.comparing(PartnershipSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The partnerships a new review may be started for: all but the archived ones, by name. */
    public List<PartnershipSummary> activePartnerships() {
        return partnerships().stream().filter(p -> !p.archived()).toList();
    }

    /** One partnership, archived or not. */
    public PartnershipSummary partnership(long id) {
        return PartnershipSummary.of(findPartnership(id));
    }

    // --- institutions ---

    /**
     * Adds an institution to an active partnership (coordinators only); its acronym must be new
     * to the partnership, whatever its case.
     */
    @Transactional
    public InstitutionDetails addInstitution(long partnershipId, InstitutionForm form) {
        String actor = currentUser.require(Capability.MANAGE_PARTNERSHIPS);
        Partnership partnership = findPartnership(partnershipId);
        if (partnership.isArchived()) {
            throw new NotAllowedException("The partnership " + partnership.getName()
                    + " is archived; restore it before adding institutions.");
        }
        validate(form);
        String acronym = form.getAcronym().trim();
        requireNewAcronym(partnershipId, acronym, null);
        Institution institution = new Institution(partnership, form.getName().trim(), acronym,
                blankToNull(form.getCity()), blankToNull(form.getType()), blankToNull(form.getResearchDomains()));
        institution.changedBy(actor, clock.instant());
        Institution saved = saveChecked(institution, acronym);
        audit.record(AuditEntry.of(actor, "institution.created", null, "Institution", saved.getId(),
                who(actor) + " added " + saved.getAcronym() + " (" + saved.getName() + ") to "
                        + partnership.getName()).withDetail(null, saved.describe()));
        return InstitutionDetails.of(saved);
    }

    /** Adds an institution (coordinators only); the demo data and tests call it with the facts at hand. */
    @Transactional
    public InstitutionDetails addInstitution(long partnershipId, String name, String acronym, String city,
                                             String type, String researchDomains) {
        InstitutionForm form = new InstitutionForm();
        form.setName(name);
        form.setAcronym(acronym);
        form.setCity(city);
        form.setType(type);
        form.setResearchDomains(researchDomains);
        return addInstitution(partnershipId, form);
    }

    /**
     * Saves a coordinator's edit of an institution. {@code version} is the one the form was
     * loaded with; if someone saved the institution since, the edit is refused and says whose
     * change it met.
     */
    @Transactional
    public InstitutionDetails updateInstitution(long id, InstitutionForm form, long version) {
        String actor = currentUser.require(Capability.MANAGE_PARTNERSHIPS);
        Institution institution = findInstitution(id);
        requireUnchanged(institution.getVersion(), version, institution.getAcronym() + " (" + institution.getName()
                + ")", institution.getLastChangedBy(), institution.getLastChangedAt());
        validate(form);
        String acronym = form.getAcronym().trim();
        requireNewAcronym(institution.getPartnershipId(), acronym, id);
        String before = institution.describe();
        String oldAcronym = institution.getAcronym();
        institution.update(form.getName().trim(), acronym, blankToNull(form.getCity()), blankToNull(form.getType()),
                blankToNull(form.getResearchDomains()));
        String after = institution.describe();
        if (before.equals(after)) {
            return InstitutionDetails.of(institution);
        }
        institution.changedBy(actor, clock.instant());
        Institution saved = saveChecked(institution, acronym);
        audit.record(AuditEntry.of(actor, "institution.updated", null, "Institution", id,
                who(actor) + " changed " + oldAcronym + " of " + institution.getPartnership().getName() + ": "
                        + Changes.between(before, after)).withDetail(before, after));
        return InstitutionDetails.of(saved);
    }

    /**
     * Archives an institution (coordinators only): it stays in the reviews that refer to it but
     * is no longer offered for planning.
     */
    @Transactional
    public InstitutionDetails archiveInstitution(long id, long version) {
        return setInstitutionArchived(id, version, true);
    }

    /** Makes an archived institution plannable again (coordinators only). */
    @Transactional
    public InstitutionDetails restoreInstitution(long id, long version) {
        return setInstitutionArchived(id, version, false);
    }

    private InstitutionDetails setInstitutionArchived(long id, long version, boolean archived) {
        String actor = currentUser.require(Capability.MANAGE_PARTNERSHIPS);
        Institution institution = findInstitution(id);
        requireUnchanged(institution.getVersion(), version, institution.getAcronym() + " (" + institution.getName()
                + ")", institution.getLastChangedBy(), institution.getLastChangedAt());
        if (institution.isArchived() == archived) {
            return InstitutionDetails.of(institution);
        }
        String before = institution.describe();
        if (archived) {
            institution.archive();
        } else {
            institution.restore();
        }
        institution.changedBy(actor, clock.instant());
        Institution saved = institutions.saveAndFlush(institution);
        audit.record(AuditEntry.of(actor, archived ? "institution.archived" : "institution.restored", null,
                "Institution", id, who(actor) + (archived ? " archived " : " restored ") + institution.getAcronym()
                        + " (" + institution.getName() + ") of " + institution.getPartnership().getName()
                        + (archived ? "; it is no longer offered for planning" : "; it can be planned again"))
                .withDetail(before, saved.describe()));
        return InstitutionDetails.of(saved);
    }

    /**
     * Deletes an institution entered by mistake (coordinators only). One that a visit plan or an
     * assessment refers to is refused: archive it instead, so the reviews keep their record.
     */
    @Transactional
    public void deleteInstitution(long id, long version) {
        String actor = currentUser.require(Capability.MANAGE_PARTNERSHIPS);
        Institution institution = findInstitution(id);
        String label = institution.getAcronym() + " (" + institution.getName() + ")";
        requireUnchanged(institution.getVersion(), version, label, institution.getLastChangedBy(),
                institution.getLastChangedAt());
        List<String> uses = usages.orderedStream().map(u -> u.usageOf(id)).flatMap(Optional::stream).toList();
        if (!uses.isEmpty()) {
            throw new NotAllowedException(institution.getAcronym() + " cannot be deleted: it "
                    + String.join(" and ", uses) + ". Archive it instead; it then stays in those reviews but is "
                    + "no longer offered for planning.");
        }
        String before = institution.describe();
        String partnershipName = institution.getPartnership().getName();
        try {
            institutions.delete(institution);
            institutions.flush();
        } catch (DataIntegrityViolationException e) {
            throw new NotAllowedException(institution.getAcronym() + " cannot be deleted: other records of the "
                    + "reviews refer to it. Archive it instead; it is then no longer offered for planning.");
        }
        audit.record(AuditEntry.of(actor, "institution.deleted", null, "Institution", id,
                who(actor) + " deleted " + label + " from " + partnershipName).withDetail(before, null));
    }

    /**
     * One page of a partnership's institutions for coordinators, archived ones included; sorted
     * by acronym unless the page says otherwise ({@code acronym}, {@code name}, {@code city},
     * {@code type}, {@code status}).
     */
    public List<InstitutionDetails> institutionsOf(long partnershipId, Pageable page) {
        currentUser.require(Capability.MANAGE_PARTNERSHIPS);
        return institutions.findByPartnership_Id(partnershipId, institutionPage(page)).stream()
                .map(InstitutionDetails::of).toList();
    }

    /** One institution as coordinators manage it, e.g. to reload a form after a conflicting edit. */
    public InstitutionDetails institutionDetails(long id) {
        currentUser.require(Capability.MANAGE_PARTNERSHIPS);
        return InstitutionDetails.of(findInstitution(id));
    }

    /** How many institutions a partnership has, archived ones included. */
    public long countInstitutionsOf(long partnershipId) {
        currentUser.require(Capability.MANAGE_PARTNERSHIPS);
        return institutions.countByPartnership_Id(partnershipId);
    }

    /** The institutions of a partnership that can be planned, by acronym: archived ones are left out. */
    public List<InstitutionSummary> plannableInstitutions(long partnershipId) {
        return institutions.findByPartnership_IdAndArchivedFalseOrderByAcronym(partnershipId).stream()
                .map(InstitutionSummary::of).toList();
    }

    /** Institutions by id, for display. */
    public Map<Long, InstitutionSummary> institutions(Collection<Long> ids) {
        return institutions.findAllById(ids).stream().map(InstitutionSummary::of)
                .collect(Collectors.toMap(InstitutionSummary::id, Function.identity()));
    }

    /** One institution, archived or not, as other features show it. */
    public InstitutionSummary institution(long id) {
        return InstitutionSummary.of(findInstitution(id));
    }

    // --- helpers ---

    private Partnership findPartnership(long id) {
        return partnerships.findById(id).orElseThrow(() -> new NotFoundException("This partnership does not exist."));
    }

    private Institution findInstitution(long id) {
        return institutions.findById(id).orElseThrow(() -> new NotFoundException(
                "This institution does not exist (any more)."));
    }

    /** The same Bean Validation constraints the form's binder checks, checked again here. */
    private void validate(Object form) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        validator.validate(form).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .forEach(v -> errors.reject(v.getPropertyPath().toString(), v.getMessage()));
        // every text of these forms is a name or a short label: one line, nothing invisible
        BeanWrapper fields = new BeanWrapperImpl(form);
        for (PropertyDescriptor property : fields.getPropertyDescriptors()) {
            if (property.getPropertyType() == String.class && fields.getPropertyValue(property.getName()) instanceof String text) {
                if (TextInput.unreadable(text) || text.strip().matches("(?s).*[\\r\\n].*")) {
                    errors.reject(property.getName(), "Keep this on one line, without invisible control characters");
                } else if (TextInput.blank(text)) {
                    // @NotBlank sees non-breaking or zero-width spaces as text; the field's own message for empty applies
                    validator.validateValue(form.getClass(), property.getName(), "")
                            .forEach(v -> errors.reject(property.getName(), v.getMessage()));
                }
            }
        }
        errors.throwIfAny();
    }

    /** Saves now, so that two coordinators adding the same acronym at once meet the database's constraint. */
    private Institution saveChecked(Institution institution, String acronym) {
        try {
            return institutions.saveAndFlush(institution);
        } catch (DataIntegrityViolationException e) {
            throw acronymTaken(acronym);
        }
    }

    /** Refuses an acronym another institution of the partnership has, whatever its case; names the one it has. */
    private void requireNewAcronym(long partnershipId, String acronym, Long except) {
        institutions.findByPartnership_IdAndAcronymKey(partnershipId, Institution.keyOf(acronym))
                .filter(other -> !other.getId().equals(except))
                .ifPresent(other -> {
                    throw acronymTaken(other.getAcronym());
                });
    }

    private static InvalidInputException acronymTaken(String acronym) {
        return new InvalidInputException("acronym", acronym + " is already an institution of this partnership");
    }

    private void requireUnchanged(long current, long loaded, String what, String changedBy, Instant changedAt) {
        if (current == loaded) {
            return;
        }
        String who = changedBy == null ? "Someone else" : users.displayName(changedBy);
        String when = changedAt == null ? "" : " on " + Times.dateTime(changedAt);
        throw new StaleDataException(who + " changed " + what + when + " since you opened it. Your input is "
                + "still in the form; reload to see their version.");
    }

    private String who(String username) {
        return users.displayName(username);
    }

    private static String code(PartnershipForm form) {
        return form.getCode().trim().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return TextInput.blank(text) ? null : text.trim();
    }

    private static Pageable institutionPage(Pageable page) {
        Sort sort = Sort.by(page.getSort().stream()
                .filter(order -> INSTITUTION_SORT.containsKey(order.getProperty()))
                .map(order -> order.withProperty(INSTITUTION_SORT.get(order.getProperty())))
                .toList());
        if (sort.isUnsorted()) {
            sort = Sort.by("acronymKey");
        }
        return page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize(), sort.and(Sort.by("id")))
                : Pageable.unpaged(sort);
    }
}
