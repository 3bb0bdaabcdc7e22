package dev.kefu.app.admin;

import dev.kefu.app.config.KefuProperties;
import dev.kefu.app.web.BodySizeLimit;
import dev.kefu.core.privacy.PiiRedactor;
import dev.kefu.intents.entities.EntityExtractor;
import dev.kefu.kb.catalog.KnowledgeCatalog;
import dev.kefu.kb.catalog.SeedSource;
import dev.kefu.kb.io.FaqFormat;
import dev.kefu.kb.io.FaqFormatException;
import dev.kefu.kb.io.FaqReader;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.kb.unanswered.UnansweredLog;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Wires the knowledge-base catalog, the unanswered-questions log and the admin API's token and limits. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    static final String ADMIN_PATH = "/api/v1/admin/";
    // the same knowledge-base and unanswered-questions endpoints for a desk admin's session (dev.kefu.app.security guards it)
    static final String DESK_ADMIN_PATH = "/desk/api/admin/";
    // the same bundled file the engine falls back to when kefu.kb.path is not set
    private static final String DEMO_KB = "/kb/demo-faq.csv";
    private static final Logger log = LoggerFactory.getLogger(AdminConfiguration.class);

    @Bean
    KnowledgeCatalog knowledgeCatalog(KefuProperties kefu, AdminProperties admin, KnowledgeBase knowledgeBase,
                                      FaqReader reader, ChineseScript script) throws IOException, FaqFormatException {
        KnowledgeCatalog catalog = KnowledgeCatalog.builder().directory(kefu.dataDir().resolve("kb"))
                .knowledgeBase(knowledgeBase).reader(reader).chineseScript(script).build();
        SeedSource source = seedSource(kefu.kb().path());
        KnowledgeCatalog.SeedOutcome outcome = catalog.seed(source, admin.actor());
        log.info("knowledge-base catalog {}: {} from {}, {} published entries", kefu.dataDir().resolve("kb"),
                outcome == KnowledgeCatalog.SeedOutcome.LOADED ? "loaded" : "imported", source.name(),
                catalog.published().size());
        return catalog;
    }

    @Bean
    DraftEntries draftEntries(KnowledgeCatalog catalog, LanguageDetector detector, AdminProperties admin) {
        return new DraftEntries(catalog, detector, admin.actor());
    }

    @Bean
    AdminActor adminActor(AdminProperties admin) {
        return new AdminActor(admin.actor());
    }

    @Bean
    UnansweredLog unansweredLog(KefuProperties kefu, AdminProperties admin, ChineseScript script) {
        return UnansweredLog.builder().directory(kefu.dataDir().resolve("unanswered"))
                .capacity(admin.unansweredCapacity()).chineseScript(script).build();
    }

    @Bean
    UnansweredTurnRecorder unansweredTurnRecorder(UnansweredLog log) {
        return new UnansweredTurnRecorder(log, new PiiRedactor(new EntityExtractor()));
    }

    @Bean
    AdminToken adminToken(AdminProperties admin, KefuProperties kefu) throws IOException {
        if (admin.token() != null && !admin.token().isBlank()) {
            return AdminToken.of(admin.token());
        }
        Path file = kefu.dataDir().resolve(AdminToken.FILE_NAME);
        AdminToken token = AdminToken.loadOrGenerate(file);
        log.info("kefu.admin.token is not set: the admin API token is in {} (readable by its owner only)",
                file.toAbsolutePath());
        return token;
    }

    @Bean
    FilterRegistrationBean<AdminAuthenticationFilter> adminAuthentication(AdminToken token) {
        FilterRegistrationBean<AdminAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new AdminAuthenticationFilter(token));
        // the agent API takes the same token, or a desk session: dev.kefu.app.security checks it
        registration.addUrlPatterns(ADMIN_PATH + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    @Bean
    BodySizeLimit adminBodySizeLimit(AdminProperties admin) {
        return new BodySizeLimit(ADMIN_PATH, admin.maxBodyBytes());
    }

    @Bean
    BodySizeLimit deskAdminBodySizeLimit(AdminProperties admin) {
        return new BodySizeLimit(DESK_ADMIN_PATH, admin.maxBodyBytes());
    }

    private static SeedSource seedSource(Path configured) throws IOException, FaqFormatException {
        if (configured != null) {
            return new SeedSource(configured.toString(), Files.readAllBytes(configured), FaqFormat.of(configured));
        }
        try (InputStream in = AdminConfiguration.class.getResourceAsStream(DEMO_KB)) {
            return new SeedSource("bundled demo " + DEMO_KB, in.readAllBytes(), FaqFormat.CSV);
        }
    }
}
