package dev.kefu.app.channel.slack;

import dev.kefu.app.channel.etiquette.GroupRules;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kefu.channels.slack.*}: {@code bot-token} ({@code xoxb-…}) and {@code signing-secret} (set
 * them from the environment, e.g. {@code KEFU_CHANNELS_SLACK_BOT_TOKEN}), {@code bot-user-id} (the
 * bot's own user, when the events do not say it in {@code authorizations}), {@code base-url} (the Web
 * API, overridable for tests) and the channels' etiquette. Secrets never appear in {@link #toString()}.
 */
@ConfigurationProperties("kefu.channels.slack")
public record SlackProperties(
        @DefaultValue("false") boolean enabled,
        String botToken,
        String signingSecret,
        String botUserId,
        @DefaultValue("https://slack.com/api") String baseUrl,
        Map<String, GroupRules> groups,
        GroupRules defaultGroup) {

    public SlackProperties {
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        defaultGroup = defaultGroup == null ? GroupRules.DEFAULT : defaultGroup;
    }

    @Override
    public String toString() {
        return "SlackProperties[enabled=" + enabled + ", botUserId=" + botUserId + ", baseUrl=" + baseUrl
                + ", botToken=" + (botToken == null ? "unset" : "***") + ", signingSecret="
                + (signingSecret == null ? "unset" : "***") + ", groups=" + groups.keySet() + "]";
    }
}
