package com.harufilm.bootstrap.api;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.harufilm.application.notification.Notices;
import com.harufilm.application.playback.PlaybackSigner;
import com.harufilm.application.playback.PlaylistRewriter;
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
    private static final String PORTS = "com.harufilm.application.port.out..";

    @ArchTest
    static final ArchRule theDomainDependsOnNothingButTheJdk = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "org.jspecify..");

    /** No framework either: the allowed list names none, and JDBC (in the JDK) is left out of it. */
    @ArchTest
    static final ArchRule theApplicationDependsOnlyOnTheDomainAndTheJdk = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat(resideInAnyPackage(DOMAIN, APPLICATION, "java..", "javax.crypto..", "org.jspecify..", "jakarta.inject..")
                    .and(not(resideInAPackage("java.sql.."))));

    @ArchTest
    static final ArchRule theDomainDoesNoIo = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.file..", "java.sql..");

    @ArchTest
    static final ArchRule portsAreInterfaces = classes()
            .that().resideInAPackage(PORTS).and().areTopLevelClasses()
            .should().beInterfaces();

    /** A port may declare the values it speaks in (records, enums) and the handles it gives out (interfaces). */
    @ArchTest
    static final ArchRule portsNestOnlyTheirValues = classes()
            .that().resideInAPackage(PORTS).and().areMemberClasses()
            .should().beRecords().orShould().beEnums().orShould().beInterfaces();

    /**
     * Features of the application meet in the domain and the ports, with three named exceptions:
     * notices are recorded inside the transaction of the event that causes them (upload, encoding),
     * the diary answers with playback links, and a share link serves the playlists as playback
     * rewrites them.
     */
    @ArchTest
    static final ArchRule featuresMeetOnlyInTheDomainAndThePorts = slices()
            .matching("com.harufilm.application.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage(PORTS))
            .ignoreDependency(alwaysTrue(), belongToAnyOf(Notices.class, PlaybackSigner.class, PlaylistRewriter.class));

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
