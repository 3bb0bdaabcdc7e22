package dev.kefu.app.channel.slack;

import dev.kefu.app.channel.ChannelDispatchers;
import dev.kefu.app.channel.http.PlatformHttp;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With {@code kefu.channels.slack.enabled=true}: the Web API client, the signature check and the events' handler. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "kefu.channels.slack", name = "enabled", havingValue = "true")
class SlackConfiguration {

    @Bean
    SlackClient slackClient(SlackProperties properties, PlatformHttp http) {
        return new SlackClient(http, properties.baseUrl(), properties.botToken());
    }

    @Bean
    SlackSignature slackSignature(SlackProperties properties) {
        return new SlackSignature(properties.signingSecret(), Clock.systemUTC());
    }

    @Bean
    SlackEvents slackEvents(SlackClient client, SlackProperties properties, ChannelDispatchers dispatchers) {
        return new SlackEvents(client, dispatchers.forGroups(properties.groups(), properties.defaultGroup()),
                properties.botUserId());
    }
}
