package dev.kefu.sentiment.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.kefu.text.script.ChineseScript;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What moderation finds in zh-Hans, zh-Hant and English, disguised or not, and what it lets pass. */
class ModerationDetectorTest {

    private static final ModerationDetector DETECTOR = ModerationDetector.load(ChineseScript.load());

    @ParameterizedTest(name = "[{index}] {0} -> {1} {2}")
    @CsvSource(delimiterString = " | ", value = {
        "你这个白痴 | INSULT | MEDIUM",
        "你這個白癡 | INSULT | MEDIUM",
        "you are an idiot | INSULT | MEDIUM",
        "草泥马 | INSULT | HIGH",
        "他妈的怎么还不发货 | PROFANITY | MEDIUM",
        "他媽的怎麼還不發貨 | PROFANITY | MEDIUM",
        "what the fuck is this | PROFANITY | MEDIUM",
        "我要杀了你 | HARASSMENT | HIGH",
        "我要殺了你 | HARASSMENT | HIGH",
        "I will kill you | HARASSMENT | HIGH",
        "我知道你住哪 | HARASSMENT | HIGH",
        "I know where you live | HARASSMENT | HIGH",
        "去死吧 | HARASSMENT | MEDIUM",
        "黑鬼滚出去 | HATE | HIGH",
        "黑鬼滾出去 | HATE | HIGH",
        "go back to your own country | HATE | HIGH",
        "河南人都是骗子 | HATE | MEDIUM",
        "河南人都是騙子 | HATE | MEDIUM",
        "immigrants are rats | HATE | MEDIUM",
        "女拳又来了 | HATE | MEDIUM",
        "娘炮 | HATE | MEDIUM",
        "发裸照给我 | SEXUAL | MEDIUM",
        "發裸照給我 | SEXUAL | MEDIUM",
        "send me nudes | SEXUAL | HIGH",
    })
    void findsEveryCategoryInThreeScripts(String text, Category category, Severity severity) {
        Moderation moderation = DETECTOR.check(text);
        assertThat(moderation.category()).isEqualTo(category);
        assertThat(moderation.severity()).isEqualTo(severity);
        assertThat(moderation.abusive()).isTrue();
        assertThat(moderation.flagged()).isTrue();
        assertThat(moderation.cue()).isNotBlank();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        // pinyin initials and pinyin
        "客服sb", "cnm", "nmsl", "tmd还不发货", "mlgb", "shabi", "cao ni ma",
        // homophones and variant characters
        "草泥马", "艹你", "尼玛的", "泥马", "煞笔", "傻B", "傻叉", "你麻痹",
        // split by spaces or symbols, emoji, full-width letters
        "傻-逼", "傻 逼", "傻.逼", "傻*逼", "傻❤️逼", "草 泥 马", "你是s b吗", "ｓｂ", "ＳＢ客服",
        // Taiwan and Hong Kong
        "幹你娘", "你是白癡嗎", "北七", "屌你老母", "仆街", "冚家鏟",
        // leetspeak, masks, repeated and spelled-out letters, lookalike letters
        "f*ck you", "f**k off", "fuk you", "fck u", "sh1t service", "you b1tch", "a$$hole", "@sshole", "id10t",
        "fuuuuuck you", "you stuuupid bitch", "f u c k you", "s.t.f.u", "fuсk you", "𝐟𝐮𝐜𝐤 𝐲𝐨𝐮", "ｆｕｃｋ ｙｏｕ",
    })
    void seesThroughEvasions(String text) {
        assertThat(DETECTOR.check(text).abusive()).as(DETECTOR.check(text).toString()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "傻瓜相机多少钱", "傻瓜式操作", "这个操作怎么弄", "别操心了", "体操服", "曹操是谁", "鸡蛋多少钱", "日本发货吗", "明日你来取",
        "这家店很靠谱", "我靠谱吗", "你在幹嘛", "草莓新鲜吗", "垃圾分类的袋子", "我妈的生日礼物", "你妈妈好吗", "去死皮膏", "手机死机了",
        "笑死我了", "热死了", "秒杀活动", "干货满满", "画面很逼真", "小儿麻痹疫苗", "低能耗冰箱", "黑人牙膏", "一套，现在就要",
        "I live in Scunthorpe", "please assess the damage", "which class is my seat", "cocktail glasses", "my usb cable is broken",
        "how do I kill the process", "this price is killing me", "I'll shoot you an email", "Homo sapiens, the book",
        "kung fu shoes", "summa cum laude", "pussy willow", "the cock-a-doodle-doo clock", "Dick Van Dyke DVD",
        "Fukushima peaches", "Phuket hotel", "a.s.a.p. please", "the shiitake mushrooms", "I passed the assessment",
    })
    void letsInnocentLookalikesPass(String text) {
        Moderation moderation = DETECTOR.check(text);
        assertThat(moderation.abusive()).as(moderation.toString()).isFalse();
        assertThat(moderation.flagged()).as(moderation.toString()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"牛逼，发货真快", "太牛B了", "牛逼", "卧槽这么便宜", "你这个小傻瓜", "damn, that was fast", "这功能超屌的"})
    void praiseSlangAndMildExclamationsAreLowAndNeverFlagged(String text) {
        Moderation moderation = DETECTOR.check(text);
        assertThat(moderation.severity()).isEqualTo(Severity.LOW);
        assertThat(moderation.flagged()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "地域黑要不得，不能说河南人都是骗子", "称呼别人黑鬼是种族歧视", "有人说东北人都是黑社会，这是偏见",
        "女司机和男司机的事故率差不多", "黑人也有很多科学家", "saying immigrants are criminals is a racist stereotype",
    })
    void readsSpeechAgainstPrejudiceAsDiscussion(String text) {
        assertThat(DETECTOR.check(text).abusive()).as(DETECTOR.check(text).toString()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiterString = " | ", value = {
        "加微信 | LOW",
        "加微信：kefu888 | MEDIUM",
        "加V kefu888，兼职日结 | HIGH",
        "代开发票 | MEDIUM",
        "代開發票 | MEDIUM",
        "刷单兼职，日赚500 | HIGH",
        "https://shop.example.com/orders/123 | LOW",
        "click here to earn $$$ http://win.xyz | HIGH",
        "free bitcoin giveaway! send btc to this wallet | HIGH",
        "double your crypto today | MEDIUM",
    })
    void scoresSpam(String text, Severity severity) {
        Moderation moderation = DETECTOR.check(text);
        assertThat(moderation.category()).isEqualTo(Category.SPAM);
        assertThat(moderation.severity()).isEqualTo(severity);
        assertThat(moderation.abusive()).as("spam is flagged, never abuse").isFalse();
        assertThat(moderation.flagged()).isEqualTo(severity.atLeast(Severity.MEDIUM));
    }

    @Test
    void aFloodIsSpamButLaughterAndEmphasisAreNot() {
        assertThat(DETECTOR.check("啊".repeat(60)).flagged()).isTrue();
        assertThat(DETECTOR.check("买买买".repeat(20)).flagged()).isTrue();
        assertThat(DETECTOR.check("哈哈哈哈哈哈哈哈").severity()).isEqualTo(Severity.NONE);
        assertThat(DETECTOR.check("太好了！！！！！！！！！！！！！！！！！！！！").severity()).isEqualTo(Severity.NONE);
    }

    @Test
    void theCueIsTheTextThatMatched() {
        assertThat(DETECTOR.check("你这个草 泥 马").cue()).isEqualTo("草泥马");
        assertThat(DETECTOR.check("What a F*CKING joke").cue()).isEqualTo("f*cking");
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "👍", "12345"})
    void emptyAndSymbolOnlyMessagesAreClean(String text) {
        assertThat(DETECTOR.check(text)).isEqualTo(Moderation.clean());
    }

    static Stream<String> hostileInputs() {
        return Stream.of(
                "a".repeat(10_000),
                "傻".repeat(10_000),
                "傻 ".repeat(5_000),
                "f*".repeat(5_000),
                "*".repeat(10_000),
                "1".repeat(10_000),
                "s b ".repeat(2_500),
                "😀".repeat(5_000),
                "\u0000\u0007\u001b[31m\u202e\u200b".repeat(2_000),
                "你是傻逼吗 fuck you ".repeat(700),
                "ab".repeat(5_000) + "c",
                "x ".repeat(5_000),
                new java.util.Random(7).ints(10_000, 0x20, 0x9FFF).collect(StringBuilder::new,
                        StringBuilder::appendCodePoint, StringBuilder::append).toString());
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("hostileInputs")
    void finishesFastOnHostileInput(String text) {
        Moderation moderation = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> DETECTOR.check(text));
        assertThat(moderation).isNotNull();
    }

    @Test
    void aThreatOutranksAnInsultOfTheSameSeverity() {
        Moderation insult = new Moderation(Category.INSULT, Severity.HIGH, "a");
        Moderation threat = new Moderation(Category.HARASSMENT, Severity.HIGH, "b");
        assertThat(insult.worse(threat)).isEqualTo(threat);
        assertThat(threat.worse(insult)).isEqualTo(threat);
        assertThat(threat.worse(new Moderation(Category.SPAM, Severity.LOW, "c"))).isEqualTo(threat);
    }
}
