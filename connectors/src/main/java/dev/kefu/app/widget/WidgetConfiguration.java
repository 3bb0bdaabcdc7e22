package dev.kefu.app.widget;

import dev.kefu.app.channel.web.WebInbound;
import dev.kefu.app.config.KefuProperties;
import dev.kefu.app.config.SecretFile;
import dev.kefu.app.store.redis.RedisTypingRelay;
import dev.kefu.app.store.redis.SharedRedis;
import dev.kefu.core.csat.CsatRecorder;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.events.ConversationEventBus;
import dev.kefu.core.privacy.PiiRedactor;
import dev.kefu.intents.entities.EntityExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Wires the chat widget's server side: visitor tokens, the visitor's view of the conversations
 * (through the engine's store, so that what is stored here is published too), the rating, the live
 * WebSocket, and CORS for the sites that embed the widget.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WidgetConfiguration implements WebSocketConfigurer {

    static final String LIVE_PATH = "/api/v1/chat/live";
    static final String SECRET_FILE = "widget-secret";
    private static final Logger log = LoggerFactory.getLogger(WidgetConfiguration.class);

    private final WidgetProperties properties;
    private final LiveChatHandler live;

    WidgetConfiguration(WidgetProperties properties, LiveChatHandler live) {
        this.properties = properties;
        this.live = live;
    }

    /**
     * The configured secret, else one generated once and kept in the data directory: tokens then
     * survive restarts, but instances that share Redis and not a data directory must be given the
     * same {@code kefu.widget.token-secret}, or a visitor whose request reaches another instance
     * gets a 401 and starts over.
     */
    @Bean
    static VisitorTokens visitorTokens(WidgetProperties properties, KefuProperties kefu) throws IOException {
        String secret = properties.tokenSecret();
        if (secret == null || secret.isBlank()) {
            Path file = kefu.dataDir().resolve(SECRET_FILE);
            secret = SecretFile.loadOrGenerate(file);
            log.info("kefu.widget.token-secret is not set: visitor tokens are signed with the key in {}", file.toAbsolutePath());
        }
        return new VisitorTokens(secret.getBytes(StandardCharsets.UTF_8), properties.tokenTtl(), Clock.systemUTC());
    }

    @Bean
    static VisitorConversations visitorConversations(Engine engine, VisitorTokens tokens) {
        return new VisitorConversations(engine.store(), tokens);
    }

    @Bean
    static CsatRecorder csatRecorder(Engine engine) {
        return new CsatRecorder(engine.store(), new PiiRedactor(new EntityExtractor()), Clock.systemUTC());
    }

    /** Typing reaches the sockets of every instance on the Redis with {@code kefu.store=redis}, else of this one. */
    @Bean(destroyMethod = "close")
    static TypingRelay typingRelay(ObjectProvider<SharedRedis> redis) {
        SharedRedis shared = redis.getIfAvailable();
        return shared != null ? new RedisTypingRelay(shared) : new LocalTypingRelay();
    }

    @Bean(destroyMethod = "close")
    static LiveChatHandler liveChatHandler(VisitorConversations conversations, ConversationEventBus bus, TypingRelay typing,
                                           WebInbound inbound) {
        return new LiveChatHandler(conversations, bus, typing, inbound);
    }

    /** Pages on other sites that embed the widget call the chat and widget APIs; a token, not a cookie, says who calls. */
    @Bean
    static WebMvcConfigurer widgetCors(WidgetProperties properties) {
        String[] origins = properties.allowedOrigins().toArray(String[]::new);
        return new WebMvcConfigurer() {
            @Override
            public void addCorsMappings(CorsRegistry registry) {
                for (String path : new String[] {"/api/v1/chat/**", "/api/v1/widget/**"}) {
                    registry.addMapping(path).allowedOriginPatterns(origins).allowedMethods("GET", "POST")
                            .allowedHeaders("Content-Type", "Authorization").maxAge(3600);
                }
            }
        };
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // visitors prove who they are with a token, not a cookie, so any embedding site may connect
        registry.addHandler(live, LIVE_PATH).setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new));
    }
}
