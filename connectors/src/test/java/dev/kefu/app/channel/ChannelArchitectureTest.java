package dev.kefu.app.channel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The channel seam as a test: a platform package knows its own payloads and API, the SPI and the
 * dispatcher, and neither the other platforms, the engine's insides nor the widget (the web channel
 * reaches the visitors' sockets through its own interface); the SPI and the etiquette know no
 * platform; and the bot's core knows no channel at all, so a new platform is one package and no
 * change to it.
 */
class ChannelArchitectureTest {

    private static final String[] PLATFORMS = {"dev.kefu.app.channel.telegram..", "dev.kefu.app.channel.slack..",
            "dev.kefu.app.channel.dingtalk..", "dev.kefu.app.channel.feishu..", "dev.kefu.app.channel.web.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kefu.app.channel", "dev.kefu.core");
    }

    @ParameterizedTest
    @ValueSource(strings = {"telegram", "slack", "dingtalk", "feishu", "web"})
    void aPlatformKnowsNoOtherPlatformAndNotTheEngine(String platform) {
        String own = "dev.kefu.app.channel." + platform + "..";
        noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat().resideInAnyPackage(Arrays.stream(PLATFORMS)
                        .filter(p -> !p.equals(own)).toArray(String[]::new))
                .check(classes);
        noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat().resideInAnyPackage("dev.kefu.core.engine..", "dev.kefu.core.store..",
                        "dev.kefu.core.policy..", "dev.kefu.app.store..", "dev.kefu.app.widget..")
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.kefu.app.channel", "dev.kefu.app.channel.etiquette..", "dev.kefu.app.channel.http.."})
    void theSharedPartsKnowNoPlatform(String shared) {
        noClasses().that().resideInAPackage(shared).should().dependOnClassesThat().resideInAnyPackage(PLATFORMS)
                .check(classes);
    }

    @Test
    void theBotCoreKnowsNoChannel() {
        noClasses().that().resideInAPackage("dev.kefu.core..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.kefu.app..").check(classes);
    }
}
