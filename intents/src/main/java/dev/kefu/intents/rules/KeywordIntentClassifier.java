package dev.kefu.intents.rules;

import dev.kefu.intents.Intent;
import dev.kefu.intents.IntentClassifier;
import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The conversational intents that phrases decide reliably. A request for a person counts anywhere
 * in a message; greetings, thanks and goodbyes only when they are the whole message, so that
 * "你好，我的快递到哪了" still reaches the knowledge base. Traditional text is folded first.
 */
public final class KeywordIntentClassifier implements IntentClassifier {

    private record Rule(String intent, Pattern pattern, boolean wholeMessage) {
    }

    // Patterns run on folded, lower-cased text; Chinese needs no word boundaries, English does.
    private static final List<Rule> RULES = List.of(
            new Rule(Intent.ASK_HUMAN, Pattern.compile(
                    "转人工|人工客服|人工服务|找人工|要人工|接人工|真人客服|找客服|联系客服|客服在吗|人工(?!智能)"
                    + "|\\b(talk|speak|chat)\\s+(to|with)\\s+(a\\s+|an\\s+|some\\s*one|some\\s+body|your\\s+)?"
                    + "(human|person|agent|representative|rep|operator|staff|real\\s+person|someone|somebody)\\b"
                    + "|\\b(human|live|real)\\s+(agent|person|support|representative)\\b"
                    + "|\\b(customer\\s+service\\s+agent|representative|operator)\\b"
                    + "|^\\s*(agent|human)\\s*[.!?]*\\s*$"), false),
            new Rule(Intent.THANKS, Pattern.compile(
                    "谢谢|多谢|感谢|谢了|\\b(3q|thanks|thank\\s+you|thx|ty|cheers|much\\s+appreciated)\\b"), true),
            new Rule(Intent.GOODBYE, Pattern.compile(
                    "再见|拜拜|回头见|\\b(bye|goodbye|see\\s+you|see\\s+ya)\\b"), true),
            new Rule(Intent.GREET, Pattern.compile(
                    "你好|您好|在吗|在不在|哈喽|嗨|\\b(hi|hello|hey|good\\s+(morning|afternoon|evening))\\b"), true));

    private static final Pattern FILLER = Pattern.compile(
            "[\\s\\p{P}\\p{S}]|啊|呀|呢|哦|哈|吗|了|的|啦|亲|客服|very|so|much|a\\s+lot|again|there|all|guys");

    private final ChineseScript script;

    public KeywordIntentClassifier(ChineseScript script) {
        this.script = script;
    }

    @Override
    public Intent classify(String text, Language language) {
        String folded = script.toSimplified(text).toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            var matcher = rule.pattern().matcher(folded);
            if (matcher.find() && (!rule.wholeMessage() || isWholeMessage(folded, rule.pattern()))) {
                return new Intent(rule.intent(), 1.0);
            }
        }
        return Intent.none();
    }

    private static boolean isWholeMessage(String text, Pattern pattern) {
        String rest = FILLER.matcher(pattern.matcher(text).replaceAll("")).replaceAll("");
        return rest.length() <= 1;
    }
}
