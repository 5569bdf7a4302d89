package dev.reviewbot.discord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps Discord at the edge: the core never sees JDA or this package, only this package and the wiring
 * (app) touch JDA, and the adapter reaches the core through its services, never through the CLI or console.
 */
class DiscordArchitectureTest {

    private static final String[] CORE = {"dev.reviewbot.review..", "dev.reviewbot.library..",
            "dev.reviewbot.retrieval..", "dev.reviewbot.answer..", "dev.reviewbot.cache..", "dev.reviewbot.command..",
            "dev.reviewbot.config..", "dev.reviewbot.text..", "dev.reviewbot.feedback..", "dev.reviewbot.eval.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        // The compiled main classes: finding the package on the whole class path took seconds.
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target/classes"));
    }

    @Test
    void theCore_neverSeesJdaOrTheDiscordAdapter() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..", "dev.reviewbot.discord..")
                .check(main);
    }

    @Test
    void onlyTheDiscordAdapterAndTheWiring_useJda() {
        noClasses().that().resideOutsideOfPackages("dev.reviewbot.discord..", "dev.reviewbot.app..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
                .check(main);
    }

    @Test
    void theDiscordAdapter_usesTheCoreServices_notTheCliOrConsole() {
        noClasses().that().resideInAPackage("dev.reviewbot.discord..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.reviewbot.cli..", "dev.reviewbot.console..")
                .check(main);
    }
}
