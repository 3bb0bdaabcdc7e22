package dev.kefu.app.channel.dingtalk;

import dev.kefu.app.channel.ChannelDispatchers;
import dev.kefu.app.channel.http.PlatformHttp;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With {@code kefu.channels.dingtalk.enabled=true}: the session-webhook client, the signature check and the callbacks' handler. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "kefu.channels.dingtalk", name = "enabled", havingValue = "true")
class DingTalkConfiguration {

    @Bean
    DingTalkClient dingTalkClient(PlatformHttp http) {
        return new DingTalkClient(http, Clock.systemUTC());
    }

    @Bean
    DingTalkSignature dingTalkSignature(DingTalkProperties properties) {
        return new DingTalkSignature(properties.appSecret(), Clock.systemUTC());
    }

    @Bean
    DingTalkCallbacks dingTalkCallbacks(DingTalkClient client, DingTalkProperties properties, ChannelDispatchers dispatchers) {
        return new DingTalkCallbacks(client, dispatchers.forGroups(properties.groups(), properties.defaultGroup()),
                properties.baseUrl(), Clock.systemUTC());
    }
}
