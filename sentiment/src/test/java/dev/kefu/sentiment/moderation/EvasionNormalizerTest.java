package dev.kefu.sentiment.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.text.script.ChineseScript;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every disguise the normalizer undoes, and what it must leave alone. */
class EvasionNormalizerTest {

    private final EvasionNormalizer normalizer = new EvasionNormalizer(ChineseScript.load());

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiterString = " | ", value = {
        // symbols, spaces and emoji between Chinese characters
        "傻 逼 | 傻逼",
        "傻-逼 | 傻逼",
        "傻.逼 | 傻逼",
        "傻*逼 | 傻逼",
        "傻❤️逼 | 傻逼",
        "草 泥 马 | 草泥马",
        "你 是 s b 吗 | 你是sb吗",
        // Traditional characters fold to Simplified
        "你是白癡嗎 | 你是白痴吗",
        "幹你娘 | 干你娘",
        // full-width and stylised letters
        "ｓｂ客服 | sb客服",
        "ＦＵＣＫ | fuck",
        "𝐟𝐮𝐜𝐤 | fuck",
        // Cyrillic letters inside a Latin word
        "fuсk you | fuck you",
        // leetspeak inside a word, but not a word's trailing punctuation
        "sh1t | shit",
        "b!tch | bitch",
        "a$$hole | asshole",
        "@sshole | asshole",
        "id10t | idiot",
        "fuck! | fuck!",
        "cnm!!! | cnm!!!",
        "$100 | $100",
        "mp3 | mp3",
        // repeated letters past two, letters spelled out one by one
        "fuuuuuck | fuuck",
        "shiiiiit | shiit",
        "f u c k you | fuck you",
        "f.u.c.k off | fuck off",
        "k y s | kys",
        // ordinary text stays readable
        "How do I return an item? | how do i return an item?",
        "我要退货，谢谢！ | 我要退货,谢谢!",
        "Scunthorpe | scunthorpe",
    })
    void undoesDisguises(String text, String folded) {
        assertThat(normalizer.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"Привет мир", "Καλημέρα"})
    void leavesRussianAndGreekAlone(String text) {
        assertThat(normalizer.fold(text)).isEqualTo(text.toLowerCase(java.util.Locale.ROOT));
    }
}
