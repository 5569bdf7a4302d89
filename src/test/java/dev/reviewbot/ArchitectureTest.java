package dev.reviewbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The core knows nothing of chat platforms: it never imports JDA, Bolt or an adapter. Adapters translate;
 * only the wiring (app) and the command line see everything.
 */
class ArchitectureTest {

    private static final String[] CORE = {"dev.reviewbot.text..", "dev.reviewbot.review..", "dev.reviewbot.library..",
            "dev.reviewbot.retrieval..", "dev.reviewbot.answer..", "dev.reviewbot.cache..", "dev.reviewbot.command..",
            "dev.reviewbot.config..", "dev.reviewbot.feedback..", "dev.reviewbot.eval..",
            "dev.reviewbot.llm..", "dev.reviewbot.opinion..", "dev.reviewbot.embedding.."};
    private static final String[] ADAPTERS = {"dev.reviewbot.discord..", "dev.reviewbot.slack..", "dev.reviewbot.console.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.reviewbot");

    @Test
    void core_importsNoChatPlatform() {
        ArchRule rule = noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..", "com.slack..", "org.jline..");
        rule.check(classes);
    }

    @Test
    void core_importsNoAdapterWiringOrCli() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(concat(ADAPTERS, "dev.reviewbot.app..", "dev.reviewbot.cli.."))
                .check(classes);
    }

    @Test
    void platformLibraries_stayInTheirAdapters() {
        noClasses().that().resideOutsideOfPackages("dev.reviewbot.discord..", "dev.reviewbot.app..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..").check(classes);
        noClasses().that().resideOutsideOfPackages("dev.reviewbot.slack..", "dev.reviewbot.app..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..").check(classes);
    }

    @Test
    void adapters_doNotDependOnEachOther() {
        noClasses().that().resideInAPackage("dev.reviewbot.discord..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.reviewbot.slack..", "dev.reviewbot.console..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("dev.reviewbot.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.reviewbot.discord..", "dev.reviewbot.console..")
                .allowEmptyShould(true).check(classes);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
