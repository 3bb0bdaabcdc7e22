package dev.kefu.app.channel.feishu;

import static dev.kefu.app.channel.SettingValues.blankToNull;
import static dev.kefu.app.channel.SettingValues.masked;

import dev.kefu.app.channel.etiquette.GroupRules;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kefu.channels.feishu.*} (Feishu, and Lark with {@code base-url=https://open.larksuite.com}):
 * {@code app-id} and {@code app-secret} (the custom app's credentials, for its tenant access token),
 * {@code encrypt-key} (the event subscription's Encrypt Key, which signs and encrypts every event),
 * {@code verification-token} (the subscription's Verification Token, checked in every event),
 * {@code bot-open-id} (the bot's own {@code open_id}, to tell a mention of the bot from another),
 * {@code base-url} (the Open API, overridable for tests) and the groups' etiquette. The secrets are read
 * by default from {@code FEISHU_APP_SECRET}, {@code FEISHU_ENCRYPT_KEY} and
 * {@code FEISHU_VERIFICATION_TOKEN}, and never appear in {@link #toString()}.
 */
@ConfigurationProperties("kefu.channels.feishu")
public record FeishuProperties(
        @DefaultValue("false") boolean enabled,
        String appId,
        String appSecret,
        String encryptKey,
        String verificationToken,
        String botOpenId,
        @DefaultValue("https://open.feishu.cn") String baseUrl,
        Map<String, GroupRules> groups,
        GroupRules defaultGroup) {

    public FeishuProperties {
        appId = blankToNull(appId);
        appSecret = blankToNull(appSecret);
        encryptKey = blankToNull(encryptKey);
        verificationToken = blankToNull(verificationToken);
        botOpenId = blankToNull(botOpenId);
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        defaultGroup = defaultGroup == null ? GroupRules.DEFAULT : defaultGroup;
    }

    @Override
    public String toString() {
        return "FeishuProperties[enabled=" + enabled + ", appId=" + appId + ", botOpenId=" + botOpenId + ", baseUrl=" + baseUrl
                + ", appSecret=" + masked(appSecret) + ", encryptKey=" + masked(encryptKey)
                + ", verificationToken=" + masked(verificationToken) + ", groups=" + groups.keySet() + "]";
    }
}
