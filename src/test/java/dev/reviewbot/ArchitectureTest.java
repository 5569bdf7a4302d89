package dev.reviewbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers, in one rule: the wiring (app, cli, bench) builds everything; adapters (Discord, Slack, the
 * console) reach the core only through the command layer and the value types its replies carry; the core
 * never sees an adapter, the wiring or a chat platform's library.
 */
class ArchitectureTest {

    private static final String[] CORE_PACKAGES = {"dev.reviewbot.text..", "dev.reviewbot.review..",
            "dev.reviewbot.library..", "dev.reviewbot.retrieval..", "dev.reviewbot.answer..", "dev.reviewbot.cache..",
            "dev.reviewbot.config..", "dev.reviewbot.feedback..", "dev.reviewbot.eval..", "dev.reviewbot.llm..",
            "dev.reviewbot.opinion..", "dev.reviewbot.embedding..", "dev.reviewbot.database.."};
    /** What a reply carries, or an adapter is configured with: values, no services. */
    private static final Set<String> VALUE_TYPES = Set.of("dev.reviewbot.answer.Answer", "dev.reviewbot.answer.Citation",
            "dev.reviewbot.answer.AnswerResult", "dev.reviewbot.answer.ConversationId", "dev.reviewbot.review.Review",
            "dev.reviewbot.review.Section", "dev.reviewbot.library.IngestReport", "dev.reviewbot.opinion.Scorecard");
    private static final String[] VALUE_PACKAGES = {"dev.reviewbot.text..", "dev.reviewbot.config.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        // The compiled main classes: finding the package on the whole class path takes seconds.
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target/classes"));
    }

    private static final DescribedPredicate<JavaClass> VALUES = new DescribedPredicate<>("value types of replies and settings") {
        @Override
        public boolean test(JavaClass c) {
            String topLevel = c.getName().contains("$") ? c.getName().substring(0, c.getName().indexOf('$')) : c.getName();
            return VALUE_TYPES.contains(topLevel) || JavaClass.Predicates.resideInAnyPackage(VALUE_PACKAGES).test(c);
        }
    };

    private static final DescribedPredicate<JavaClass> CORE = new DescribedPredicate<>("the core's services") {
        @Override
        public boolean test(JavaClass c) {
            return JavaClass.Predicates.resideInAnyPackage(CORE_PACKAGES).test(c) && !VALUES.test(c);
        }
    };

    @Test
    void layers_adaptersGoThroughTheCommandLayer_theCoreKnowsNoAdapter() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Wiring").definedBy("dev.reviewbot.app..", "dev.reviewbot.cli..", "dev.reviewbot.bench..")
                .layer("Adapters").definedBy("dev.reviewbot.discord..", "dev.reviewbot.slack..", "dev.reviewbot.console..")
                .layer("Commands").definedBy("dev.reviewbot.command..")
                .layer("SharedState").definedBy("dev.reviewbot.state..")
                .layer("Core").definedBy(CORE)
                .layer("Values").definedBy(VALUES)
                .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
                .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Commands").mayOnlyBeAccessedByLayers("Adapters", "Wiring", "SharedState")
                .whereLayer("SharedState").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Core").mayOnlyBeAccessedByLayers("Commands", "Wiring", "Values", "SharedState")
                .check(main);
    }

    @Test
    void adapters_doNotDependOnEachOther() {
        noClasses().that().resideInAPackage("dev.reviewbot.discord..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.reviewbot.slack..", "dev.reviewbot.console..")
                .check(main);
        noClasses().that().resideInAPackage("dev.reviewbot.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.reviewbot.discord..", "dev.reviewbot.console..")
                .check(main);
    }

    @Test
    void platformLibraries_stayInTheirAdapters() {
        noClasses().that().resideOutsideOfPackages("dev.reviewbot.discord..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..").check(main);
        noClasses().that().resideOutsideOfPackages("dev.reviewbot.slack..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..").check(main);
        noClasses().that().resideOutsideOfPackages("dev.reviewbot.console..", "dev.reviewbot.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.jline..").check(main);
    }
}
