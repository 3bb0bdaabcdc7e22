package dev.kefu.app.channel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The channel seam as a test: a platform package knows its own payloads and API, the SPI and the
 * dispatcher, and neither the other platforms nor the engine's insides; the etiquette knows no platform.
 */
class ChannelArchitectureTest {

    private static final String[] PLATFORMS = {"dev.kefu.app.channel.telegram..", "dev.kefu.app.channel.slack..",
            "dev.kefu.app.channel.dingtalk.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kefu.app.channel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"telegram", "slack", "dingtalk"})
    void aPlatformKnowsNoOtherPlatformAndNotTheEngine(String platform) {
        String own = "dev.kefu.app.channel." + platform + "..";
        noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat().resideInAnyPackage(Arrays.stream(PLATFORMS)
                        .filter(p -> !p.equals(own)).toArray(String[]::new))
                .check(classes);
        noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat().resideInAnyPackage("dev.kefu.core.engine..", "dev.kefu.core.store..",
                        "dev.kefu.core.policy..", "dev.kefu.app.store..")
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.kefu.app.channel.etiquette..", "dev.kefu.app.channel.http.."})
    void theSharedPartsKnowNoPlatform(String shared) {
        noClasses().that().resideInAPackage(shared).should().dependOnClassesThat().resideInAnyPackage(PLATFORMS)
                .check(classes);
    }
}
