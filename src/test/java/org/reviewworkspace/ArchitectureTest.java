package org.reviewworkspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/**
 * The layering of STYLE.md §1, §2 and §4 as executable rules: views talk to services only, the
 * engine stays behind {@code workflow}, and the feature packages do not depend on each other in
 * a circle.
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
}
