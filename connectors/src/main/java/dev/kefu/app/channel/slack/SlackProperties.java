package dev.kefu.app.channel.slack;

import static dev.kefu.app.channel.SettingValues.blankToNull;
import static dev.kefu.app.channel.SettingValues.masked;

import dev.kefu.app.channel.etiquette.GroupRules;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kefu.channels.slack.*}: {@code bot-token} ({@code xoxb-…}) and {@code signing-secret} (by
 * default read from the environment variables {@code SLACK_BOT_TOKEN} and {@code SLACK_SIGNING_SECRET}), {@code bot-user-id} (the
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
        botToken = blankToNull(botToken);
        signingSecret = blankToNull(signingSecret);
        botUserId = blankToNull(botUserId);
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        defaultGroup = defaultGroup == null ? GroupRules.DEFAULT : defaultGroup;
    }

    @Override
    public String toString() {
        return "SlackProperties[enabled=" + enabled + ", botUserId=" + botUserId + ", baseUrl=" + baseUrl
                + ", botToken=" + masked(botToken) + ", signingSecret="
                + masked(signingSecret) + ", groups=" + groups.keySet() + "]";
    }
}
