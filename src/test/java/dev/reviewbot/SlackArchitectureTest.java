package dev.reviewbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Slack stays at the edge: only the adapter package (and the wiring in app) may touch Bolt or the adapter. */
class SlackArchitectureTest {

    private static final JavaClasses MAIN = importMainClasses();

    /** Dependencies are judged by package name: resolving every library class from the classpath only costs time. */
    private static JavaClasses importMainClasses() {
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("dev.reviewbot");
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    @Test
    void onlyTheSlackAdapterAndTheWiringUseTheSlackSdk() {
        noClasses().that().resideOutsideOfPackages("dev.reviewbot.slack..", "dev.reviewbot.app..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..")
                .check(MAIN);
    }

    @Test
    void theCoreNeverDependsOnTheSlackAdapter() {
        noClasses().that().resideOutsideOfPackages("dev.reviewbot.slack..", "dev.reviewbot.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.reviewbot.slack..")
                .check(MAIN);
    }

    @Test
    void theWiringOnlyConstructsTheAdapter_itDoesNotUseBolt() {
        noClasses().that().resideInAPackage("dev.reviewbot.app..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..")
                .check(MAIN);
    }
}
