package dev.kefu.sentiment.trained;

import static org.assertj.core.api.Assertions.assertThat;

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
    void leavesChineseInEitherScriptAsItIs() {
        assertThat(NegationScope.mark("不好用，不推荐")).isEqualTo("不好用，不推荐");
        assertThat(NegationScope.mark("不好用，不推薦")).isEqualTo("不好用，不推薦");
        assertThat(NegationScope.mark("没有 refund 吗")).isEqualTo("没有 refund 吗");
    }

    @Test
    void marksNothingWithoutANegation() {
        assertThat(NegationScope.mark("great service, thanks!")).isEqualTo("great service, thanks!");
        assertThat(NegationScope.mark("")).isEmpty();
    }
}
