package dev.kefu.intents.trained;

import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.embed.LanguageFamily;
import java.util.List;

/** Which of the {@link Embeddings}' vectors a {@link TrainedIntentClassifier} reads for a message. */
public enum EmbeddingVector {

    /**
     * {@link Embeddings#classificationVector}: for English all-MiniLM and bge-small-en side by side,
     * two models per message, which BANKING77's close intents need. The default.
     */
    CLASSIFICATION {
        @Override
        float[] of(Embeddings embeddings, String text, LanguageFamily family) {
            return embeddings.classificationVector(text, family);
        }

        @Override
        float[][] ofAll(Embeddings embeddings, List<String> texts) {
            return embeddings.classificationVectors(texts);
        }
    },

    /**
     * {@link Embeddings#embed}: the one sentence model of the message's family, the vector the
     * knowledge base searches with, so that a turn embeds its message once for both.
     */
    SENTENCE {
        @Override
        float[] of(Embeddings embeddings, String text, LanguageFamily family) {
            return embeddings.embed(text, family);
        }

        @Override
        float[][] ofAll(Embeddings embeddings, List<String> texts) {
            return embeddings.embedAll(texts);
        }
    };

    abstract float[] of(Embeddings embeddings, String text, LanguageFamily family);

    /** The vectors of many texts, each in its family. */
    abstract float[][] ofAll(Embeddings embeddings, List<String> texts);
}
