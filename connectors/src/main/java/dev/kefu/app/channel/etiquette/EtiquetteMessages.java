package dev.kefu.app.channel.etiquette;

import dev.kefu.sentiment.moderation.Moderation;
import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import java.time.Duration;
import java.util.Locale;

/**
 * What the bot says in a group on its own account, in the member's language and script (Traditional
 * converted from the Simplified text): that it continues in private, and what it tells moderators.
 */
public final class EtiquetteMessages {

    private static final int QUOTE_LENGTH = 200;

    private final ChineseScript script;

    public EtiquetteMessages(ChineseScript script) {
        this.script = script;
    }

    /** The group notice when a message is moved to a private chat; {@code link} opens it, if the platform has one. */
    public String movedToPrivate(Language language, String link, boolean privateChatOpened) {
        if (language.isChinese()) {
            String text = "为保护您的隐私，我们转到私聊继续。"
                    + (link != null ? "请点击这里打开私聊：" + link
                    : privateChatOpened ? "我已经私信您了。" : "请直接私信我，我会在私聊里回复您。");
            return language == Language.ZH_HANT ? script.toTraditional(text) : text;
        }
        return "To protect your privacy, let's continue in a private chat. "
                + (link != null ? "Open it here: " + link
                : privateChatOpened ? "I've sent you a direct message." : "Please send me a direct message and I'll answer there.");
    }

    /** What a group's moderators are told of a flagged message, and whether its sender is now silenced. */
    public String moderatorAlert(Language language, String group, String sender, Moderation moderation, String text,
                                 Duration silencedFor) {
        String category = moderation.category().name().toLowerCase(Locale.ROOT);
        String severity = moderation.severity().name().toLowerCase(Locale.ROOT);
        String quote = text.length() > QUOTE_LENGTH ? text.substring(0, QUOTE_LENGTH) + "…" : text;
        if (language.isChinese()) {
            String alert = "【需要审核】群 " + group + " 中 " + sender + " 的消息被标记：类别 " + category + "，严重程度 "
                    + severity + "。机器人没有回复。原文：" + quote
                    + (silencedFor == null ? "" : "。该成员多次违规，机器人将在 " + silencedFor.toMinutes() + " 分钟内不再回应其消息。");
            return language == Language.ZH_HANT ? script.toTraditional(alert) : alert;
        }
        return "[Moderation] A message from " + sender + " in " + group + " was flagged: category " + category
                + ", severity " + severity + ". The bot did not answer it. Text: " + quote
                + (silencedFor == null ? "" : ". Repeated abuse: the bot ignores this member for "
                + silencedFor.toMinutes() + " minutes.");
    }
}
