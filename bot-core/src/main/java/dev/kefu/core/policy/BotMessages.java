package dev.kefu.core.policy;

import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import java.util.Map;

/**
 * What the bot says in its own words, in Simplified Chinese and English; Traditional is converted
 * from the Simplified text. Deliberately promises nothing the business has not configured.
 */
public final class BotMessages {

    /** The things the bot can say on its own. */
    public enum Key {
        GREET, THANKS, GOODBYE, CHITCHAT, SUGGEST, FALLBACK, HANDOFF, HANDOFF_QUEUE, QUEUED_WAIT, ABUSE, COMPLAINT
    }

    private static final Map<Key, String> ZH = Map.ofEntries(
            Map.entry(Key.GREET, "您好！我是智能客服，请直接输入您的问题，例如“怎么退货”。需要人工服务请输入“转人工”。"),
            Map.entry(Key.THANKS, "不客气！还有其他问题可以随时问我。"),
            Map.entry(Key.GOODBYE, "感谢您的咨询，再见！"),
            Map.entry(Key.CHITCHAT, "我是智能客服，闲聊不太在行。关于商品、订单或服务的问题可以直接问我，需要人工服务请输入“转人工”。"),
            Map.entry(Key.SUGGEST, "您是想问以下哪个问题？请点击或输入对应的问题："),
            Map.entry(Key.FALLBACK, "抱歉，这个问题我暂时无法准确回答。您可以换个说法再问一次，或输入“转人工”联系人工客服。"),
            Map.entry(Key.HANDOFF, "好的，正在为您转接人工客服，请稍候。"),
            Map.entry(Key.HANDOFF_QUEUE, "好的，正在为您转接人工客服。您前面还有 %d 位客户在等待，客服接入后会在这里回复您。"),
            Map.entry(Key.QUEUED_WAIT, "已收到您的消息，人工客服接入后会第一时间回复您。您当前排在第 %d 位。"),
            Map.entry(Key.ABUSE, "我们希望为您提供帮助，请文明交流。已为您转接人工客服。"),
            Map.entry(Key.COMPLAINT, "很抱歉给您带来不好的体验。已为您转接人工客服，客服接入后会在这里回复您。"));

    private static final Map<Key, String> EN = Map.ofEntries(
            Map.entry(Key.GREET, "Hello! I'm the virtual assistant. Ask me a question, e.g. \"How do I return an item?\". Type \"talk to a human\" for a person."),
            Map.entry(Key.THANKS, "You're welcome! Ask me anything else any time."),
            Map.entry(Key.GOODBYE, "Thanks for contacting us. Goodbye!"),
            Map.entry(Key.CHITCHAT, "I'm the virtual assistant and not much good at small talk. Ask me about our products, your order or our service, or type \"talk to a human\" for a person."),
            Map.entry(Key.SUGGEST, "Did you mean one of these? Pick one or type it:"),
            Map.entry(Key.FALLBACK, "Sorry, I don't know the answer to that. Please rephrase your question, or type \"talk to a human\" to reach a person."),
            Map.entry(Key.HANDOFF, "Sure, I'm passing you to a customer service agent. Please wait a moment."),
            Map.entry(Key.HANDOFF_QUEUE, "Sure, I'm passing you to a customer service agent. There are %d customers ahead of you; an agent will reply here."),
            Map.entry(Key.QUEUED_WAIT, "We have your message; an agent will reply as soon as one is available. You are number %d in the queue."),
            Map.entry(Key.ABUSE, "We want to help you, so please keep it civil. I'm passing you to a customer service agent."),
            Map.entry(Key.COMPLAINT, "I'm sorry about your experience. I'm passing you to a customer service agent, who will reply here."));

    private final ChineseScript script;

    public BotMessages(ChineseScript script) {
        this.script = script;
    }

    public String get(Key key, Language language, Object... args) {
        String text = String.format(language.isChinese() ? ZH.get(key) : EN.get(key), args);
        return inScript(text, language);
    }

    /** Text written in Simplified, shown in the customer's script. */
    public String inScript(String text, Language language) {
        return language == Language.ZH_HANT ? script.toTraditional(text) : text;
    }
}
