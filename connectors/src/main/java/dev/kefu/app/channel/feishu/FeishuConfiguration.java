package dev.kefu.app.channel.feishu;

import dev.kefu.app.channel.ChannelDispatchers;
import dev.kefu.app.channel.http.PlatformHttp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With {@code kefu.channels.feishu.enabled=true}: the Open API client, the signature check, the decryption and the events' handler. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "kefu.channels.feishu", name = "enabled", havingValue = "true")
class FeishuConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FeishuConfiguration.class);

    @Bean
    FeishuClient feishuClient(FeishuProperties properties, PlatformHttp http) {
        return new FeishuClient(http, properties.baseUrl(), properties.appId(), properties.appSecret(), Clock.systemUTC());
    }

    @Bean
    FeishuSignature feishuSignature(FeishuProperties properties) {
        if (properties.encryptKey() == null || properties.verificationToken() == null) {
            log.warn("kefu.channels.feishu.encrypt-key or verification-token is not set: every event is refused until both are");
        }
        return new FeishuSignature(properties.encryptKey(), Clock.systemUTC());
    }

    @Bean
    FeishuEncryption feishuEncryption(FeishuProperties properties) {
        return new FeishuEncryption(properties.encryptKey());
    }

    @Bean
    FeishuEvents feishuEvents(FeishuClient client, FeishuProperties properties, ChannelDispatchers dispatchers) {
        return new FeishuEvents(client, dispatchers.forGroups(properties.groups(), properties.defaultGroup()),
                properties.botOpenId(), Clock.systemUTC());
    }
}
