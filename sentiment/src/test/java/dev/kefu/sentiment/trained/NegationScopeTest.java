package dev.kefu.sentiment.trained;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.text.learn.NgramFeatures;
import dev.kefu.text.script.ChineseScript;
import org.junit.jupiter.api.Test;

class NegationScopeTest {

    @Test
    void marksTheEnglishWordsANegationGovernsUpToTheClauseBreak() {
        assertThat(NegationScope.mark("this is not good at all. the staff were great"))
                .isEqualTo("this is not neg'good neg'at neg'all. the staff were great");
        assertThat(NegationScope.mark("Never AGAIN, sorry")).isEqualTo("Never neg'AGAIN, sorry");
        assertThat(NegationScope.mark("no refund but a coupon")).isEqualTo("no neg'refund but a coupon");
    }

    @Test
    void readsTheTreebankSplitOfContractions() {
        assertThat(PolarityModel.ngramText("I don't like it, it's slow"))
                .isEqualTo("I do n't neg'like neg'it, it 's slow");
        assertThat(PolarityModel.ngramText("it does n't work")).isEqualTo("it does n't neg'work");
    }

    @Test
    void marksTheCharactersAChineseNegatorGovernsAfterTheTextInEitherScript() {
        assertThat(NegationScope.mark("不新鲜，没味道")).isEqualTo("不新鲜，没味道 neg'新 neg'鲜 neg'味 neg'道");
        assertThat(NegationScope.mark("不新鮮，沒味道")).isEqualTo("不新鮮，沒味道 neg'新 neg'鮮 neg'味 neg'道");
        assertThat(NegationScope.mark("别买")).isEqualTo("别买 neg'买");
        assertThat(NegationScope.mark("没有 refund 吗")).isEqualTo("没有 refund 吗 neg'有");
        assertThat(NegationScope.mark("好吃不")).isEqualTo("好吃不");
    }

    @Test
    void aMarkedCharacterIsOneTokenOfTheNgramsInEitherScript() {
        ChineseScript script = ChineseScript.load();
        assertThat(NgramFeatures.ngrams(script, PolarityModel.ngramText("不鲜"), 1)).containsExactly("不", "鲜", "neg'鲜");
        assertThat(NgramFeatures.ngrams(script, PolarityModel.ngramText("不鮮"), 1)).containsExactly("不", "鲜", "neg'鲜");
        assertThat(NgramFeatures.ngrams(script, PolarityModel.ngramText("not fresh"), 1)).containsExactly("not", "neg'fresh");
    }

    @Test
    void marksNothingWithoutANegation() {
        assertThat(NegationScope.mark("great service, thanks!")).isEqualTo("great service, thanks!");
        assertThat(NegationScope.mark("")).isEmpty();
    }
}
