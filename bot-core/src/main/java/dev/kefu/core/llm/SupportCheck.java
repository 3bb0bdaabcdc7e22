package dev.kefu.core.llm;

import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a model's reply says only what the entries it cites say, so that a reply that is
 * not supported goes no further. A reply is refused when it is empty or too long; cites nothing, or an
 * entry it was not given; is not in the customer's language (Chinese for a Chinese customer, no Han
 * characters for an English one); holds a number, amount, duration, date word, URL or e-mail address
 * that the cited entries do not; or promises a refund, compensation, a discount or a guarantee that the
 * cited entries do not mention. Texts are compared folded to Simplified and lower case, so a
 * Traditional reply is checked against Simplified entries the same way. Numbers compare by value
 * (七天 is 7 天, 1,000 is 1000). Thread-safe.
 */
public final class SupportCheck {

    private static final Pattern URL = Pattern.compile("(https?://|www\\.)[^\\s<>\"'，。、！？）)】]+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");
    /** Chinese numerals before a unit: 七天, 三个工作日, 两百元 (a bare 一 is too common a word to count). */
    private static final Pattern CHINESE_NUMBER = Pattern.compile(
            "[零一二两三四五六七八九十百千万]+(?=个?(工作日|天|日|小时|钟头|分钟|周|星期|月|年|元|块|角|倍|次|件|%|％))");
    private static final Map<String, Integer> ENGLISH_NUMBERS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("thousand", 1000),
            Map.entry("twice", 2));
    private static final Pattern ENGLISH_NUMBER = Pattern.compile("\\b(" + String.join("|", ENGLISH_NUMBERS.keySet()) + ")\\b");
    /** Words that name a day or a time: a reply may not set a date the entries do not. */
    private static final Pattern DATE_WORD = Pattern.compile(
            "\\b(today|tonight|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend"
            + "|january|february|march|april|june|july|august|september|october|november|december|next (week|month|year))\\b"
            + "|今天|今日|今晚|明天|明日|后天|昨天|本周|下周|周末|下个月|月底|年底|星期[一二三四五六日天]|周[一二三四五六日]|礼拜[一二三四五六日天]");
    /** What a business must have written before the bot may say it. */
    private static final Pattern PROMISE = Pattern.compile(
            "\\b(refund\\w*|reimburs\\w*|compensat\\w*|money back|guarantee\\w*|promis\\w*|voucher\\w*|coupon\\w*"
            + "|discount\\w*|free of charge|for free|cashback|credit (to|on) your)\\b"
            + "|退款|退钱|退还|返还|赔偿|补偿|赔付|理赔|保证|承诺|担保|包退|包换|返现|优惠券|代金券|折扣|打折|免费|红包|补贴");

    private final ChineseScript script;
    private final int maxReplyChars;

    public SupportCheck(ChineseScript script, int maxReplyChars) {
        if (maxReplyChars < 1) {
            throw new IllegalArgumentException("maxReplyChars must be at least 1");
        }
        this.script = script;
        this.maxReplyChars = maxReplyChars;
    }

    /**
     * Checks a reply against the evidence it may use: the text of each entry it was given, by id.
     * Empty when supported, else why not (for the log; never shown to a customer).
     */
    public Optional<String> problem(String reply, List<String> cited, Map<String, String> evidenceById, Language language) {
        if (reply == null || reply.isBlank()) {
            return Optional.of("empty reply");
        }
        if (reply.length() > maxReplyChars) {
            return Optional.of("longer than " + maxReplyChars + " characters");
        }
        if (cited.isEmpty()) {
            return Optional.of("cites no entry");
        }
        for (String id : cited) {
            if (!evidenceById.containsKey(id)) {
                return Optional.of("cites an entry it was not given");
            }
        }
        if (!inLanguage(reply, language)) {
            return Optional.of("not in " + language.tag());
        }
        String said = fold(reply);
        StringBuilder evidenceText = new StringBuilder();
        cited.forEach(id -> evidenceText.append(evidenceById.get(id)).append('\n'));
        String evidence = fold(evidenceText.toString());
        for (Pattern verbatim : List.of(URL, EMAIL, DATE_WORD, PROMISE)) {
            Matcher m = verbatim.matcher(said);
            while (m.find()) {
                String fact = trimPunctuation(m.group());
                if (!evidence.contains(fact)) {
                    return Optional.of((verbatim == PROMISE ? "promises " : "unsupported ") + "'" + fact + "'");
                }
            }
        }
        Set<BigDecimal> known = numbers(evidence);
        for (BigDecimal number : numbers(said)) {
            if (!known.contains(number)) {
                return Optional.of("unsupported number " + number.toPlainString());
            }
        }
        return Optional.empty();
    }

    private boolean inLanguage(String reply, Language language) {
        int han = 0;
        int latinWords = 0;
        boolean inWord = false;
        for (int i = 0; i < reply.length(); ) {
            int cp = reply.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                    || s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.CYRILLIC
                    || s == Character.UnicodeScript.ARABIC) {
                return false;
            }
            han += s == Character.UnicodeScript.HAN ? 1 : 0;
            boolean latin = s == Character.UnicodeScript.LATIN && Character.isLetter(cp);
            latinWords += latin && !inWord ? 1 : 0;
            inWord = latin;
        }
        return language.isChinese() ? han > 0 && han >= latinWords : han == 0 && latinWords > 0;
    }

    /** Every number a text states, by value: digits, Chinese numerals and English number words. */
    private static Set<BigDecimal> numbers(String text) {
        Set<BigDecimal> numbers = new HashSet<>();
        Matcher digits = NUMBER.matcher(text);
        while (digits.find()) {
            numbers.add(new BigDecimal(digits.group().replace(",", "")).stripTrailingZeros());
        }
        Matcher chinese = CHINESE_NUMBER.matcher(text);
        while (chinese.find()) {
            chineseValue(chinese.group()).ifPresent(v -> numbers.add(BigDecimal.valueOf(v).stripTrailingZeros()));
        }
        Matcher words = ENGLISH_NUMBER.matcher(text);
        while (words.find()) {
            numbers.add(BigDecimal.valueOf(ENGLISH_NUMBERS.get(words.group())).stripTrailingZeros());
        }
        return numbers;
    }

    /** 七 → 7, 十五 → 15, 二十四 → 24, 一百 → 100, 两千 → 2000; digit strings such as 二零二四 → 2024. */
    static Optional<Long> chineseValue(String numeral) {
        String digits = "零一二三四五六七八九";
        if (numeral.chars().allMatch(c -> digits.indexOf(c) >= 0 || c == '两') && numeral.length() > 1) {
            long value = 0;
            for (char c : numeral.toCharArray()) {
                value = value * 10 + (c == '两' ? 2 : digits.indexOf(c));
            }
            return Optional.of(value);
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (char c : numeral.toCharArray()) {
            int d = c == '两' ? 2 : digits.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> 10_000;
            };
            if (unit == 10_000) {
                total += (section + Math.max(digit, 0)) * unit;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return Optional.of(total + section + Math.max(digit, 0));
    }

    private String fold(String text) {
        return script.toSimplified(text).toLowerCase(Locale.ROOT);
    }

    private static String trimPunctuation(String fact) {
        return fact.replaceAll("[.,;:!?)\\]]+$", "");
    }
}
