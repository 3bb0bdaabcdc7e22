package dev.kefu.core.handoff;

import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * What the bot tells a customer about the queue and the agents, in Simplified Chinese and
 * English; Traditional is converted from the Simplified text. Times come only from the
 * configured business hours, never invented; waits are estimates and say so.
 */
public final class HandoffMessages {

    /** The things said about the handoff. */
    public enum Key {
        QUEUE_POSITION, NO_AGENT_ONLINE, CLOSED, TIMEOUT, CALLBACK_SAVED, AGENT_JOINED, RETURNED_TO_BOT
    }

    private static final Map<Key, String> ZH = Map.of(
            Key.QUEUE_POSITION, "您目前排在第 %d 位，预计等待约 %d 分钟。",
            Key.NO_AGENT_ONLINE, "目前没有在线的人工客服，客服上线后会第一时间回复您。您目前排在第 %d 位。",
            Key.CLOSED, "现在是非工作时间，人工客服将于 %s起回复您。您的对话会保留在队列中，无需重复发送。",
            Key.TIMEOUT, "抱歉，暂时没有客服能接待您。您可以留下手机号或邮箱，我们会尽快联系您；也可以继续在这里等待。",
            Key.CALLBACK_SAVED, "谢谢，已记录您的联系方式，客服会尽快联系您。您也可以继续在这里等待。",
            Key.AGENT_JOINED, "人工客服 %s 已接入，正在为您服务。",
            Key.RETURNED_TO_BOT, "人工客服已结束接待，接下来由智能客服为您服务。需要人工服务请再次输入“转人工”。");

    private static final Map<Key, String> EN = Map.of(
            Key.QUEUE_POSITION, "You are number %d in the queue; the expected wait is about %d min.",
            Key.NO_AGENT_ONLINE, "No agent is online right now; one will reply here as soon as they are. You are number %d in the queue.",
            Key.CLOSED, "We are closed right now. An agent will reply from %s. Your conversation stays in the queue; there is no need to write again.",
            Key.TIMEOUT, "Sorry, no agent has been able to take your conversation yet. Leave a phone number or an e-mail address and we will contact you, or keep waiting here.",
            Key.CALLBACK_SAVED, "Thank you, we have your contact details and will get back to you. You can also keep waiting here.",
            Key.AGENT_JOINED, "%s has joined the conversation.",
            Key.RETURNED_TO_BOT, "The agent has handed you back to the virtual assistant. Type \"talk to a human\" to reach a person again.");

    private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("M月d日 EEEE HH:mm", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    private final ChineseScript script;

    public HandoffMessages(ChineseScript script) {
        this.script = script;
    }

    public String get(Key key, Language language, Object... args) {
        String text = String.format(Locale.ROOT, language.isChinese() ? ZH.get(key) : EN.get(key), args);
        return language == Language.ZH_HANT ? script.toTraditional(text) : text;
    }

    /** When the business opens again, with its time zone, e.g. "12月1日 星期一 09:00（Asia/Shanghai）". */
    public String closed(ZonedDateTime opening, Language language) {
        String when = language.isChinese()
                ? opening.format(ZH_TIME) + "（" + opening.getZone().getId() + "）"
                : opening.format(EN_TIME) + " (" + opening.getZone().getId() + ")";
        return get(Key.CLOSED, language, when);
    }
}
