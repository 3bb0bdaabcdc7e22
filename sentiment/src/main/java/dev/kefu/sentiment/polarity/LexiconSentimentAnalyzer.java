package dev.kefu.sentiment.polarity;

import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexicon of customer-service words with negation, intensifiers and shouting. Each cue found
 * adds its weight; a negator just before it flips the sign, an intensifier scales it, repeated
 * "!" or "?" and ALL CAPS make a negative message more negative. The sum is squashed into −1…1.
 */
public final class LexiconSentimentAnalyzer implements SentimentAnalyzer {

    private static final double NEUTRAL_BAND = 0.2;

    private static final Map<String, Double> CHINESE = Map.ofEntries(
            Map.entry("谢谢", 0.6), Map.entry("感谢", 0.7), Map.entry("满意", 0.8), Map.entry("好评", 0.8),
            Map.entry("不错", 0.6), Map.entry("很好", 0.7), Map.entry("棒", 0.7), Map.entry("喜欢", 0.6),
            Map.entry("方便", 0.4), Map.entry("专业", 0.4), Map.entry("给力", 0.7), Map.entry("靠谱", 0.6),
            Map.entry("差", -0.7), Map.entry("太差", -0.9), Map.entry("垃圾", -0.9), Map.entry("失望", -0.8),
            Map.entry("生气", -0.9), Map.entry("愤怒", -1.0), Map.entry("气死", -1.0), Map.entry("恶心", -0.9),
            Map.entry("骗子", -1.0), Map.entry("欺骗", -0.9), Map.entry("坑", -0.6), Map.entry("投诉", -0.8),
            Map.entry("烂", -0.8), Map.entry("慢", -0.4), Map.entry("不满", -0.8), Map.entry("糟糕", -0.8),
            Map.entry("无语", -0.7), Map.entry("受不了", -0.9), Map.entry("退钱", -0.6), Map.entry("什么破", -0.9),
            Map.entry("坏了", -0.5), Map.entry("破损", -0.5), Map.entry("还没到", -0.4), Map.entry("等了", -0.3),
            Map.entry("着急", -0.5), Map.entry("急死", -0.8), Map.entry("离谱", -0.8), Map.entry("过分", -0.8),
            Map.entry("没人管", -0.8), Map.entry("敷衍", -0.8), Map.entry("忽悠", -0.8), Map.entry("太慢", -0.7));

    private static final Map<String, Double> ENGLISH = Map.ofEntries(
            Map.entry("thanks", 0.6), Map.entry("thank", 0.6), Map.entry("great", 0.7), Map.entry("good", 0.5),
            Map.entry("excellent", 0.9), Map.entry("love", 0.7), Map.entry("happy", 0.7), Map.entry("helpful", 0.6),
            Map.entry("perfect", 0.8), Map.entry("awesome", 0.8), Map.entry("nice", 0.5), Map.entry("satisfied", 0.7),
            Map.entry("bad", -0.6), Map.entry("terrible", -0.9), Map.entry("awful", -0.9), Map.entry("horrible", -0.9),
            Map.entry("worst", -1.0), Map.entry("angry", -0.9), Map.entry("furious", -1.0), Map.entry("disappointed", -0.8),
            Map.entry("useless", -0.9), Map.entry("scam", -1.0), Map.entry("ridiculous", -0.8), Map.entry("unacceptable", -0.9),
            Map.entry("complaint", -0.7), Map.entry("complain", -0.7), Map.entry("broken", -0.5), Map.entry("damaged", -0.5),
            Map.entry("late", -0.4), Map.entry("slow", -0.4), Map.entry("still", -0.2), Map.entry("annoyed", -0.7),
            Map.entry("frustrated", -0.8), Map.entry("hate", -0.9), Map.entry("rubbish", -0.8), Map.entry("pathetic", -0.9),
            Map.entry("fraud", -1.0), Map.entry("never", -0.3), Map.entry("waste", -0.7), Map.entry("sucks", -0.9));

    private static final Pattern CHINESE_NEGATOR = Pattern.compile("(不|没|没有|别|并非|不是|未)$");
    private static final Pattern CHINESE_INTENSIFIER = Pattern.compile("(太|非常|特别|超|超级|十分|极其|真|真的|很)$");
    private static final Pattern ENGLISH_NEGATOR = Pattern.compile("\\b(not|no|never|don't|dont|didn't|isn't|wasn't|aren't|won't|can't|cannot)\\s+(\\w+\\s+)?$");
    private static final Pattern ENGLISH_INTENSIFIER = Pattern.compile("\\b(very|so|extremely|really|totally|absolutely|too)\\s+$");
    private static final Pattern WORD = Pattern.compile("[a-z']+");
    private static final Pattern SHOUT = Pattern.compile("[!！?？]{2,}");

    private final ChineseScript script;

    public LexiconSentimentAnalyzer(ChineseScript script) {
        this.script = script;
    }

    @Override
    public Sentiment analyze(String text, Language language) {
        String folded = script.toSimplified(text);
        String lower = folded.toLowerCase(Locale.ROOT);
        double sum = chineseCues(folded) + englishCues(lower);
        if (sum < 0) {
            sum *= emphasis(text);
        }
        return Sentiment.of(Math.tanh(sum), NEUTRAL_BAND);
    }

    private static double chineseCues(String text) {
        double sum = 0;
        for (int i = 0; i < text.length(); i++) {
            String best = null;
            for (int len = Math.min(3, text.length() - i); len >= 1 && best == null; len--) {
                String candidate = text.substring(i, i + len);
                if (CHINESE.containsKey(candidate)) {
                    best = candidate;
                }
            }
            if (best != null) {
                String before = text.substring(Math.max(0, i - 2), i);
                sum += modify(CHINESE.get(best), CHINESE_NEGATOR.matcher(before).find(),
                        CHINESE_INTENSIFIER.matcher(before).find());
                i += best.length() - 1;
            }
        }
        return sum;
    }

    private static double englishCues(String text) {
        double sum = 0;
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            Double weight = ENGLISH.get(words.group());
            if (weight != null) {
                String before = text.substring(Math.max(0, words.start() - 24), words.start());
                sum += modify(weight, ENGLISH_NEGATOR.matcher(before).find(), ENGLISH_INTENSIFIER.matcher(before).find());
            }
        }
        return sum;
    }

    private static double modify(double weight, boolean negated, boolean intensified) {
        double w = intensified ? weight * 1.5 : weight;
        // "not good" is negative, but "not bad" is only mildly positive
        return negated ? -w * (w > 0 ? 1.0 : 0.5) : w;
    }

    private static double emphasis(String text) {
        double factor = 1;
        if (SHOUT.matcher(text).find()) {
            factor += 0.3;
        }
        long letters = text.chars().filter(Character::isLetter).filter(c -> c < 128).count();
        long upper = text.chars().filter(c -> c >= 'A' && c <= 'Z').count();
        if (letters >= 8 && upper >= 0.7 * letters) {
            factor += 0.4;
        }
        return factor;
    }
}
