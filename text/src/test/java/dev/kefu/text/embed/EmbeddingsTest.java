package dev.kefu.text.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.text.script.ChineseScript;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seams of {@link Embeddings}, with models that count their calls and record the text they see. */
class EmbeddingsTest {

    private static ChineseScript script;

    @BeforeAll
    static void load() {
        script = ChineseScript.load();
    }

    @Test
    void tellsTheTextsASentenceModelCannotRead() {
        for (String text : List.of("", "  ", "\u0000\u0007", "\t\n")) {
            assertThat(Embeddings.readable(text)).as("[%s]", text).isFalse();
        }
        for (String text : List.of("你好", "謝謝", "hi", "\u3000你好", "👍", "\u200b")) {
            assertThat(Embeddings.readable(text)).as(text).isTrue();
        }
    }

    @Test
    void embedsARepeatedTextOnceAndHandsOutCopies() {
        CountingEmbeddingModel english = new CountingEmbeddingModel(2, 3);
        Embeddings embeddings = new Embeddings(new CountingEmbeddingModel(1, 3), english, script);
        float[] first = embeddings.embed("where is my order", LanguageFamily.ENGLISH);
        first[1] = 99;
        float[] second = embeddings.embed("where is my order", LanguageFamily.ENGLISH);
        assertThat(english.seen()).containsExactly("where is my order");
        assertThat(second[1]).isEqualTo(2);
    }

    @Test
    void foldsTraditionalChineseForTheChineseModel() {
        CountingEmbeddingModel chinese = new CountingEmbeddingModel(1, 3);
        Embeddings embeddings = new Embeddings(chinese, new CountingEmbeddingModel(2, 3), script);
        embeddings.embed("我要退貨");
        embeddings.embed("我要退货");
        assertThat(chinese.seen()).containsExactly("我要退货", "我要退货");
    }

    @Test
    void classificationVectorsPutBothEnglishModelsSideBySideAndLoadTheSecondOnFirstUse() {
        AtomicInteger loads = new AtomicInteger();
        CountingEmbeddingModel second = new CountingEmbeddingModel(3, 2);
        Embeddings embeddings = new Embeddings(new CountingEmbeddingModel(1, 3), new CountingEmbeddingModel(2, 3),
                () -> { loads.incrementAndGet(); return second; }, script);
        assertThat(loads).hasValue(0);

        assertThat(embeddings.classificationVector("refund", LanguageFamily.ENGLISH)).containsExactly(6, 2, 0, 6, 3);
        assertThat(embeddings.classificationVector("退款", LanguageFamily.CHINESE)).containsExactly(2, 1, 0);
        embeddings.classificationVector("cancel", LanguageFamily.ENGLISH);
        assertThat(loads).hasValue(1);
    }

    @Test
    void embedsManyTextsEachWithTheOneModelOfItsFamily() {
        CountingEmbeddingModel chinese = new CountingEmbeddingModel(1, 3);
        CountingEmbeddingModel english = new CountingEmbeddingModel(2, 3);
        AtomicInteger loads = new AtomicInteger();
        Embeddings embeddings = new Embeddings(chinese, english, () -> { loads.incrementAndGet(); return new CountingEmbeddingModel(3, 2); }, script);

        float[][] vectors = embeddings.embedAll(List.of("refund", "我要退貨", "退款"));

        assertThat(vectors).isDeepEqualTo(new float[][] {{6, 2, 0}, {4, 1, 0}, {2, 1, 0}});
        assertThat(chinese.seen()).containsExactlyInAnyOrder("我要退货", "退款");
        assertThat(english.seen()).containsExactly("refund");
        assertThat(loads).hasValue(0);
    }

    @Test
    void withoutASecondModelEnglishClassificationVectorsAreTheFirstModels() {
        Embeddings embeddings = new Embeddings(new CountingEmbeddingModel(1, 3), new CountingEmbeddingModel(2, 3), script);
        assertThat(embeddings.classificationVector("refund", LanguageFamily.ENGLISH)).containsExactly(6, 2, 0);
    }
}
