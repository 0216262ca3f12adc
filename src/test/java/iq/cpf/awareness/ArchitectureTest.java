package iq.cpf.awareness;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house is one-way: features depend on each other without cycles, inside each feature boundary
 * -> control -> entity, and {@code platform} (what every feature uses) knows no feature. No
 * exceptions are listed here; a new dependency that breaks a rule is moved or turned into an event
 * instead.
 */
class ArchitectureTest {

    private static final String ROOT = "iq.cpf.awareness";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(ROOT);
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void boundaryThenControlThenEntity() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Boundary")
                .definedBy(ROOT + "..boundary..")
                .layer("Control")
                .definedBy(ROOT + "..control..")
                .layer("Entity")
                .definedBy(ROOT + "..entity..")
                .whereLayer("Boundary")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Control")
                .mayOnlyBeAccessedByLayers("Boundary")
                .whereLayer("Entity")
                .mayOnlyBeAccessedByLayers("Boundary", "Control")
                .check(classes);
    }

    /**
     * A page calls the services, as the resources do: a resource is the HTTP API, whose role checks
     * are made by JAX-RS and so do not guard a page that calls it as a bean.
     */
    @Test
    void pagesCallServicesNotResources() {
        noClasses()
                .that()
                .areAnnotatedWith("jakarta.inject.Named")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith("jakarta.ws.rs.Path")
                .check(classes);
    }

    @Test
    void platformKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".platform..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage(ROOT + "..")
                                .and(not(resideInAPackage(ROOT + ".platform.."))))
                .check(classes);
    }
}
