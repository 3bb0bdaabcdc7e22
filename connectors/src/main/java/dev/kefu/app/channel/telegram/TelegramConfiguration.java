package dev.kefu.app.channel.telegram;

import dev.kefu.app.channel.ChannelDispatchers;
import dev.kefu.app.channel.http.PlatformHttp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With {@code kefu.channels.telegram.enabled=true}: the Bot API client, the webhook's handler and, if asked, long polling. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "kefu.channels.telegram", name = "enabled", havingValue = "true")
class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    @Bean
    TelegramClient telegramClient(TelegramProperties properties, PlatformHttp http) {
        return new TelegramClient(http, properties.baseUrl(), properties.botToken(), properties.botUsername());
    }

    @Bean
    TelegramUpdates telegramUpdates(TelegramClient client, TelegramProperties properties, ChannelDispatchers dispatchers) {
        if (properties.secretToken() == null && !properties.polling().enabled()) {
            log.warn("kefu.channels.telegram.secret-token is not set: the webhook refuses every update until it is");
        }
        return new TelegramUpdates(client, dispatchers.forGroups(properties.groups(), properties.defaultGroup()));
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnProperty(prefix = "kefu.channels.telegram.polling", name = "enabled", havingValue = "true")
    TelegramLongPolling telegramLongPolling(TelegramClient client, TelegramUpdates updates, TelegramProperties properties) {
        return new TelegramLongPolling(client, updates, properties.polling());
    }
}
