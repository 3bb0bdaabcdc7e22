package dev.kefu.app.channel.dingtalk;

import static dev.kefu.app.channel.SettingValues.blankToNull;
import static dev.kefu.app.channel.SettingValues.masked;

import dev.kefu.app.channel.etiquette.GroupRules;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kefu.channels.dingtalk.*}: {@code app-secret} (the robot's AppSecret, which signs its
 * callbacks; by default read from the environment variable {@code DINGTALK_APP_SECRET}),
 * {@code base-url} (the only host a {@code sessionWebhook} may point to; overridable for tests) and
 * the groups' etiquette. The secret never appears in {@link #toString()}.
 */
@ConfigurationProperties("kefu.channels.dingtalk")
public record DingTalkProperties(
        @DefaultValue("false") boolean enabled,
        String appSecret,
        @DefaultValue("https://oapi.dingtalk.com") String baseUrl,
        Map<String, GroupRules> groups,
        GroupRules defaultGroup) {

    public DingTalkProperties {
        appSecret = blankToNull(appSecret);
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        defaultGroup = defaultGroup == null ? GroupRules.DEFAULT : defaultGroup;
    }

    @Override
    public String toString() {
        return "DingTalkProperties[enabled=" + enabled + ", baseUrl=" + baseUrl + ", appSecret="
                + masked(appSecret) + ", groups=" + groups.keySet() + "]";
    }
}
