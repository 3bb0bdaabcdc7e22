package dev.kefu.app.channel.web;

import dev.kefu.app.channel.ChannelState;
import dev.kefu.app.config.KefuProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The web chat as a channel, always on: its inbound adapter, and its outbound one over the visitors' open widgets. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    WebInbound webInbound(ChannelState state, KefuProperties properties) {
        return new WebInbound(state, properties.chat().maxTextLength(), Clock.systemUTC());
    }

    @Bean
    WebChannel webChannel(VisitorSessions sessions) {
        return new WebChannel(sessions);
    }
}
