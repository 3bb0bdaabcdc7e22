package dev.kefu.app.channel.telegram;

import static dev.kefu.app.channel.SettingValues.blankToNull;
import static dev.kefu.app.channel.SettingValues.masked;

import dev.kefu.app.channel.etiquette.GroupRules;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kefu.channels.telegram.*}: {@code bot-token} (from @BotFather; by default read from the environment
 * variable {@code TELEGRAM_BOT_TOKEN}), {@code bot-username} (without @, for mentions and
 * deep links), {@code secret-token} (the webhook's {@code secret_token}, by default {@code TELEGRAM_WEBHOOK_SECRET}), {@code base-url} (the Bot
 * API, overridable for tests), {@code polling.*} (getUpdates instead of the webhook) and the groups'
 * etiquette. Secrets never appear in {@link #toString()}.
 */
@ConfigurationProperties("kefu.channels.telegram")
public record TelegramProperties(
        @DefaultValue("false") boolean enabled,
        String botToken,
        String botUsername,
        String secretToken,
        @DefaultValue("https://api.telegram.org") String baseUrl,
        @DefaultValue Polling polling,
        Map<String, GroupRules> groups,
        GroupRules defaultGroup) {

    public TelegramProperties {
        botToken = blankToNull(botToken);
        botUsername = blankToNull(botUsername);
        secretToken = blankToNull(secretToken);
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        defaultGroup = defaultGroup == null ? GroupRules.DEFAULT : defaultGroup;
    }

    /** Long polling: off by default; {@code timeout} is how long one getUpdates call waits for updates. */
    public record Polling(@DefaultValue("false") boolean enabled, @DefaultValue("25s") Duration timeout,
                          @DefaultValue("100") int limit) {
    }

    @Override
    public String toString() {
        return "TelegramProperties[enabled=" + enabled + ", botUsername=" + botUsername + ", baseUrl=" + baseUrl
                + ", botToken=" + masked(botToken) + ", secretToken="
                + masked(secretToken) + ", polling=" + polling + ", groups=" + groups.keySet() + "]";
    }
}
