package dev.kefu.intents.entities;

import static java.util.Map.entry;

import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money with their currency, in Chinese (Simplified and Traditional) and English,
 * before the amount ("¥199", "US$20", "人民币500", "RMB 500") or after it ("199元", "两千块",
 * "300港元", "20 dollars"). The value is the amount to two decimals and the ISO 4217 code, e.g.
 * "199.00 CNY". A number without a currency is not money. ¥, 元 and 块 are yuan, $ and "dollars"
 * US dollars. 块 is also a measure word (两块蛋糕), so it is money only before 钱, a particle, a
 * verb of buying or no Chinese at all; 元 or 块 followed by a number (三块五, 3元5角) is not read.
 */
final class MoneyRecognizer implements Recognizer {

    private static final Map<String, String> SYMBOLS = Map.of(
            "¥", "CNY", "￥", "CNY", "$", "USD", "us$", "USD", "€", "EUR", "hk$", "HKD", "nt$", "TWD");
    private static final Map<String, String> NAMES = Map.ofEntries(
            entry("rmb", "CNY"), entry("cny", "CNY"), entry("人民币", "CNY"), entry("人民幣", "CNY"),
            entry("usd", "USD"), entry("美元", "USD"), entry("美金", "USD"),
            entry("eur", "EUR"), entry("欧元", "EUR"), entry("歐元", "EUR"),
            entry("hkd", "HKD"), entry("港币", "HKD"), entry("港幣", "HKD"), entry("港元", "HKD"),
            entry("twd", "TWD"), entry("ntd", "TWD"), entry("新台币", "TWD"), entry("新台幣", "TWD"),
            entry("台币", "TWD"), entry("台幣", "TWD"));
    private static final Map<String, String> WORDS = Map.ofEntries(
            entry("yuan", "CNY"), entry("dollar", "USD"), entry("dollars", "USD"), entry("buck", "USD"),
            entry("bucks", "USD"), entry("us dollar", "USD"), entry("us dollars", "USD"), entry("euro", "EUR"),
            entry("euros", "EUR"), entry("hk dollar", "HKD"), entry("hk dollars", "HKD"),
            entry("nt dollar", "TWD"), entry("nt dollars", "TWD"));
    private static final Map<String, String> CURRENCIES = merged(SYMBOLS, NAMES, WORDS);

    private static final String CHINESE_NUMERAL = "零〇一二两兩三四五六七八九十百千万萬亿億";
    /** Arabic (at most 9 digits before the point, or grouped by thousands) with up to two units (3万, 3千万); or Chinese numerals. */
    private static final String AMOUNT = "(?<amount>(?>[0-9]{1,3}(?:,[0-9]{3}){1,4}|[0-9]{1,9})(?:\\.[0-9]{1,2})?+"
            + "(?![0-9]|[.,][0-9])[十百千万萬亿億]{0,2}+|[" + CHINESE_NUMERAL + "]{1,20}+)";
    /** 元 or 块 after an amount, but not 元旦, not 块 as a measure word before a noun, not 三块五. */
    private static final String YUAN = "(?:元(?!旦)|[块塊](?![\\p{IsHan}&&[^钱錢的了吗嗎呢吧啊呀左以多买買给給]]))"
            + "(?![0-9" + CHINESE_NUMERAL + "])[钱錢]?";
    private static final Pattern CURRENCY_FIRST = Pattern.compile(
            "(?<![A-Za-z])(?<currency>" + Words.anyOf(merged(SYMBOLS, NAMES).keySet()) + ")\\s?" + AMOUNT
            + "(?:\\s?元)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern AMOUNT_FIRST = Pattern.compile(
            "(?<![0-9A-Za-z.," + CHINESE_NUMERAL + "])" + AMOUNT + "\\s?(?:" + YUAN + "|(?<currency>"
            + Words.anyOf(merged(NAMES, WORDS).keySet()) + ")(?![A-Za-z]))", Pattern.CASE_INSENSITIVE);

    @Override
    public void find(String text, List<Entity> out) {
        for (Pattern pattern : List.of(CURRENCY_FIRST, AMOUNT_FIRST)) {
            for (Matcher m = pattern.matcher(text); m.find(); ) {
                String currency = m.group("currency") == null ? "CNY" : CURRENCIES.get(Words.key(m.group("currency")));
                ChineseNumerals.parse(m.group("amount")).ifPresent(amount -> out.add(new Entity(EntityType.MONEY,
                        amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency, m.start(), m.end())));
            }
        }
    }

    @SafeVarargs
    private static Map<String, String> merged(Map<String, String>... maps) {
        Map<String, String> merged = new HashMap<>();
        for (Map<String, String> map : maps) {
            merged.putAll(map);
        }
        return Map.copyOf(merged);
    }
}
