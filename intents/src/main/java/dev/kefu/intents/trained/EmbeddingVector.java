package dev.kefu.intents.trained;

import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.embed.LanguageFamily;
import java.util.List;
import java.util.function.BiFunction;

/** Which of the {@link Embeddings}' vectors a {@link TrainedIntentClassifier} reads for a message. */
public enum EmbeddingVector {

    /**
     * {@link Embeddings#classificationVector}: for English all-MiniLM and bge-small-en side by side,
     * two models per message, which BANKING77's close intents need. The default.
     */
    CLASSIFICATION(Embeddings::classificationVector, Embeddings::classificationVectors),

    /**
     * {@link Embeddings#embed}: the one sentence model of the message's family, the vector the
     * knowledge base searches with, so that a turn embeds its message once for both.
     */
    SENTENCE(Embeddings::embed, Embeddings::embedAll);

    /** One text's vector in the given family. */
    private interface OneVector {
        float[] of(Embeddings embeddings, String text, LanguageFamily family);
    }

    private final OneVector one;
    private final BiFunction<Embeddings, List<String>, float[][]> all;

    EmbeddingVector(OneVector one, BiFunction<Embeddings, List<String>, float[][]> all) {
        this.one = one;
        this.all = all;
    }

    float[] of(Embeddings embeddings, String text, LanguageFamily family) {
        return one.of(embeddings, text, family);
    }

    /** The vectors of many texts, each in its family. */
    float[][] ofAll(Embeddings embeddings, List<String> texts) {
        return all.apply(embeddings, texts);
    }
}
