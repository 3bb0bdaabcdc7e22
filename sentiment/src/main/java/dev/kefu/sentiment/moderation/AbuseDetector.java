package dev.kefu.sentiment.moderation;

import dev.kefu.text.script.ChineseScript;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Flags insults and profanity in Chinese and English, also when spelled with spaces or symbols
 * between the characters (傻 逼, f*ck) or in pinyin initials (sb, cnm). Thread-safe.
 */
public final class AbuseDetector {

    private static final List<Pattern> CUES = List.of(
            Pattern.compile("傻逼|傻b|煞笔|沙比|操你|草泥马|cnm|nmsl|你妈的|去死|滚蛋|狗东西|贱人|废物|脑残|白痴"),
            Pattern.compile("(?<![a-z])(sb|tmd|wtf)(?![a-z])"),
            Pattern.compile("(?<![a-z])(fuck\\w*|f\\*+ck\\w*|fck|shit\\w*|bitch\\w*|asshole\\w*|bastard\\w*|dickhead|idiots?|moron\\w*|retard\\w*|stfu)(?![a-z])"));

    private static final Pattern SEPARATORS = Pattern.compile("(?<=\\p{IsHan})[\\s._\\-*·]+(?=\\p{IsHan})");

    private final ChineseScript script;

    public AbuseDetector(ChineseScript script) {
        this.script = script;
    }

    public Moderation check(String text) {
        String folded = SEPARATORS.matcher(script.toSimplified(text).toLowerCase(Locale.ROOT)).replaceAll("");
        for (Pattern cue : CUES) {
            var m = cue.matcher(folded);
            if (m.find()) {
                return new Moderation(true, m.group());
            }
        }
        return Moderation.clean();
    }
}
