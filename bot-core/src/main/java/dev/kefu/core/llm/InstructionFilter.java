package dev.kefu.core.llm;

import dev.kefu.text.script.ChineseScript;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds sentences that talk to the model instead of informing the customer ("ignore previous
 * instructions and…", 忽略之前的指令…, "you are now…"), in a customer's message or in a
 * knowledge-base text that someone slipped them into. They are cut from the knowledge-base text
 * before it is shown to the model or used as evidence, so what they ask for is never supported.
 * Patterns are matched on the text folded to Simplified, so Traditional is caught the same way.
 */
final class InstructionFilter {

    private static final List<Pattern> INSTRUCTIONS = List.of(
            Pattern.compile("\\b(ignore|disregard|forget|override)\\b.{0,30}\\b(instructions?|prompts?|rules|guidelines|messages?|above)\\b"),
            Pattern.compile("\\b(you are now|from now on you|act as|pretend (to be|you are)|new instructions?|system prompt|developer mode|jailbreak)\\b"),
            Pattern.compile("\\b(do not|don't) follow\\b"),
            Pattern.compile("(忽略|无视|忘记|忘掉|不要理会|不用管).{0,12}(指令|指示|提示|规则|要求|设定|内容|以上|之前|上面|前面)"),
            Pattern.compile("(系统提示|提示词|新的指令|新指令|你现在是|从现在开始你|扮演|越狱|开发者模式)"));
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;\\n])|(?<=\\.)\\s+");

    private final ChineseScript script;

    InstructionFilter(ChineseScript script) {
        this.script = script;
    }

    boolean containsInstructions(String text) {
        String folded = fold(text);
        return INSTRUCTIONS.stream().anyMatch(p -> p.matcher(folded).find());
    }

    /** The text without its sentences that address the model. */
    String withoutInstructions(String text) {
        return SENTENCE_END.splitAsStream(text)
                .filter(sentence -> !containsInstructions(sentence))
                .collect(Collectors.joining(" ")).strip();
    }

    private String fold(String text) {
        return script.toSimplified(text).toLowerCase(Locale.ROOT);
    }
}
