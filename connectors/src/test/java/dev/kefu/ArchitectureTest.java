package dev.kefu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The module table of DESIGN.md as a test: dependencies point down, libraries know no framework. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kefu");
    }

    @ParameterizedTest(name = "{0} does not depend on {1}")
    @CsvSource({
        "dev.kefu.text..,dev.kefu.kb..", "dev.kefu.text..,dev.kefu.intents..", "dev.kefu.text..,dev.kefu.sentiment..",
        "dev.kefu.text..,dev.kefu.core..", "dev.kefu.text..,dev.kefu.app..",
        "dev.kefu.kb..,dev.kefu.intents..", "dev.kefu.kb..,dev.kefu.sentiment..", "dev.kefu.kb..,dev.kefu.core..",
        "dev.kefu.kb..,dev.kefu.app..",
        "dev.kefu.intents..,dev.kefu.kb..", "dev.kefu.intents..,dev.kefu.sentiment..", "dev.kefu.intents..,dev.kefu.core..",
        "dev.kefu.intents..,dev.kefu.app..",
        "dev.kefu.sentiment..,dev.kefu.kb..", "dev.kefu.sentiment..,dev.kefu.intents..", "dev.kefu.sentiment..,dev.kefu.core..",
        "dev.kefu.sentiment..,dev.kefu.app..",
        "dev.kefu.core..,dev.kefu.app..",
    })
    void dependenciesPointDown(String module, String above) {
        noClasses().that().resideInAPackage(module).should().dependOnClassesThat().resideInAPackage(above)
                .check(classes);
    }

    @Test
    void librariesAndTheEngineKnowNoSpringHttpOrRedis() {
        noClasses().that().resideInAnyPackage("dev.kefu.text..", "dev.kefu.kb..", "dev.kefu.intents..",
                        "dev.kefu.sentiment..", "dev.kefu.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "io.lettuce..", "redis..")
                .check(classes);
    }

    @Test
    void onlyTheRedisStoreTalksToRedis() {
        noClasses().that().resideOutsideOfPackage("dev.kefu.app.store.redis..")
                .should().dependOnClassesThat().resideInAnyPackage("io.lettuce..", "redis..")
                .check(classes);
    }
}
