package com.harufilm.bootstrap.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The hexagon's dependency rules; every rule must match classes (failOnEmptyShould stays on). */
@AnalyzeClasses(packages = "com.harufilm", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** Shared test fixtures arrive as other modules' test jars; they are not production code. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    private static final String DOMAIN = "com.harufilm.domain..";
    private static final String APPLICATION = "com.harufilm.application..";

    @ArchTest
    static final ArchRule theDomainDependsOnNothingButTheJdk = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "org.jspecify..");

    @ArchTest
    static final ArchRule theApplicationDependsOnlyOnTheDomainAndTheJdk = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, APPLICATION, "java..", "javax.crypto..", "org.jspecify..", "jakarta.inject..");

    @ArchTest
    static final ArchRule noFrameworkReachesTheCore = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.javalin..", "org.jdbi..", "software.amazon..", "com.rabbitmq..", "com.google.firebase..",
                    "dagger..", "com.fasterxml.jackson..", "com.zaxxer..", "org.flywaydb..", "org.gaul..", "java.sql..");

    @ArchTest
    static final ArchRule layersPointInward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy(DOMAIN)
            .layer("Application").definedBy(APPLICATION)
            .layer("Web").definedBy("com.harufilm.adapters.web..")
            .layer("Persistence").definedBy("com.harufilm.adapters.persistence..")
            .layer("Messaging").definedBy("com.harufilm.adapters.messaging..")
            .layer("Media").definedBy("com.harufilm.adapters.media..")
            .layer("Bootstrap").definedBy("com.harufilm.bootstrap..")
            .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
            .whereLayer("Web").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Messaging").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Media").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Web", "Persistence", "Messaging", "Media", "Bootstrap");

    @ArchTest
    static final ArchRule adaptersAreIndependentOfEachOther = slices()
            .matching("com.harufilm.adapters.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices()
            .matching("com.harufilm.(**)")
            .should().beFreeOfCycles();
}
