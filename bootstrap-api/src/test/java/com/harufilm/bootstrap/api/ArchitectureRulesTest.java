package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.diary.archsample.DiaryFeature;
import com.harufilm.application.port.out.archsample.ClassPort;
import com.harufilm.application.port.out.archsample.PortWithClass;
import com.harufilm.application.upload.archsample.ReachesIntoTheDiary;
import com.harufilm.application.upload.archsample.RecordsANotice;
import com.harufilm.domain.archsample.Fetches;
import com.harufilm.domain.archsample.ReadsFiles;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule ArchitectureTest adds finds the small broken samples here, so it does not pass by checking nothing. */
class ArchitectureRulesTest {

    @Test
    void aPortWrittenAsAClassIsAViolation() {
        assertViolatedBy(ArchitectureTest.portsAreInterfaces, List.of(ClassPort.class.getName()),
                ClassPort.class, PortWithClass.class);
    }

    @Test
    void aPortNestingAClassIsAViolationItsRecordsAndEnumsAreNot() {
        assertViolatedBy(ArchitectureTest.portsNestOnlyTheirValues, List.of(PortWithClass.Helper.class.getName()),
                PortWithClass.class, PortWithClass.Value.class, PortWithClass.Kind.class, PortWithClass.Helper.class);
    }

    @Test
    void aDomainTypeUsingFilesOrTheNetworkIsAViolation() {
        assertViolatedBy(ArchitectureTest.theDomainDoesNoIo, List.of(ReadsFiles.class.getName(), Fetches.class.getName()),
                ReadsFiles.class, Fetches.class);
    }

    @Test
    void aFeatureUsingAnotherFeaturesClassIsAViolation() {
        assertViolatedBy(ArchitectureTest.featuresMeetOnlyInTheDomainAndThePorts, List.of(ReachesIntoTheDiary.class.getName()),
                ReachesIntoTheDiary.class, DiaryFeature.class);
    }

    @Test
    void aFeatureUsingAPortOrTheSharedNoticesIsNot() {
        EvaluationResult result = ArchitectureTest.featuresMeetOnlyInTheDomainAndThePorts.evaluate(
                new ClassFileImporter().importClasses(RecordsANotice.class, DiaryFeature.class));
        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }

    /** Only the named classes break the rule, and each is reported. */
    private static void assertViolatedBy(ArchRule rule, List<String> offenders, Class<?>... samples) {
        JavaClasses classes = new ClassFileImporter().importClasses(samples);
        EvaluationResult result = rule.evaluate(classes);
        assertTrue(result.hasViolation(), rule::getDescription);
        List<String> details = result.getFailureReport().getDetails();
        for (String offender : offenders) {
            assertTrue(details.stream().anyMatch(line -> line.contains(offender)), () -> offender + " not reported in " + details);
        }
        assertTrue(details.stream().allMatch(line -> offenders.stream().anyMatch(line::contains)), () -> "others reported too: " + details);
    }
}
