package org.reviewworkspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.hibernate.annotations.Immutable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;

/**
 * The layering of STYLE.md §1, §2 and §4 as executable rules: views talk to services only, the
 * engine stays behind {@code workflow}, the feature packages do not depend on each other in
 * a circle, and no code can change or delete an audit event.
 */
@AnalyzeClasses(packages = "org.reviewworkspace", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_do_not_touch_the_process_engine = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine..")
            .because("the engine stays behind the workflow package; views go through a feature service");

    @ArchTest
    static final ArchRule views_do_not_touch_repositories_or_jpa = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().resideInAPackage("org.springframework.data.jpa..")
            .because("services own the transaction and the authorization check, so views never read the database directly");

    @ArchTest
    static final ArchRule feature_packages_are_free_of_cycles = slices()
            .matching("org.reviewworkspace.(*)..")
            .should().beFreeOfCycles()
            .because("each feature should be understandable, and replaceable, without the ones that depend on it");

    @ArchTest
    static final ArchRule the_audit_event_repository_inherits_no_delete = noClasses()
            .that().haveFullyQualifiedName("org.reviewworkspace.audit.AuditEventRepository")
            .should().beAssignableTo(CrudRepository.class)
            .because("CrudRepository and JpaRepository bring delete methods; the audit trail is append-only");

    @ArchTest
    static final ArchRule audit_events_have_no_way_to_be_changed_or_deleted = noMethods()
            .that().areDeclaredInClassesThat().haveFullyQualifiedName("org.reviewworkspace.audit.AuditEventRepository")
            .should().haveNameMatching("(delete|remove|update).*")
            .orShould().beAnnotatedWith(Modifying.class)
            .because("the audit trail is append-only: the repository inserts and reads, nothing else");

    @ArchTest
    static final ArchRule an_audit_event_has_no_setters = noMethods()
            .that().areDeclaredInClassesThat().haveFullyQualifiedName("org.reviewworkspace.audit.AuditEvent")
            .should().haveNameMatching("set.*")
            .because("an audit event is written once; the database refuses updates too (migration V8)");

    @ArchTest
    static final ArchRule hibernate_never_updates_an_audit_event = classes()
            .that().haveFullyQualifiedName("org.reviewworkspace.audit.AuditEvent")
            .should().beAnnotatedWith(Immutable.class)
            .because("an immutable entity is never dirty-checked or written back, whatever happens to its fields");

    @ArchTest
    static final ArchRule only_the_append_only_trigger_uses_h2s_api = noClasses()
            .that().doNotHaveFullyQualifiedName("org.reviewworkspace.audit.AppendOnlyTrigger")
            .should().dependOnClassesThat().resideInAPackage("org.h2..")
            .because("H2 is on the compile classpath only for that trigger; the application runs on PostgreSQL too");

    @ArchTest
    static final ArchRule only_the_cluster_relay_uses_the_postgresql_driver = noClasses()
            .that().doNotHaveFullyQualifiedName("org.reviewworkspace.live.ClusterRelay")
            .should().dependOnClassesThat().resideInAPackage("org.postgresql..")
            .because("the driver is on the compile classpath only for LISTEN/NOTIFY; the application runs on H2 too");
}
