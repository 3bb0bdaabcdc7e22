package dev.kefu.intents.builtin;

import dev.kefu.intents.Intent;
import dev.kefu.intents.IntentClassifier;
import dev.kefu.intents.rules.KeywordIntentClassifier;
import dev.kefu.intents.trained.EmbeddingVector;
import dev.kefu.intents.trained.TrainedIntentClassifier;
import dev.kefu.text.Language;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.embed.LanguageFamily;
import dev.kefu.text.learn.LabeledText;
import dev.kefu.text.learn.LabeledTextCsv;
import dev.kefu.text.normalize.TextNormalizer;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The conversational intents kefu knows out of the box, in Chinese (both scripts) and English.
 * The keyword rules speak first: a request for a person anywhere in a message, a greeting, thanks
 * or goodbye that is the whole message. Otherwise a classifier learned from the examples in
 * {@code intents.csv} decides, among the intents of {@link Intent} and {@code none} (ordinary
 * questions for the knowledge base); it is trusted from {@link #MIN_CONFIDENCE} up, below that the
 * message is {@link Intent#NONE}. So "你好，我的快递到哪了" is not a greeting: the rules see more
 * than a greeting and the examples teach that a question after a greeting is the question.
 */
public final class BuiltInIntents implements IntentClassifier {

    /**
     * A learned intent counts when the model gives it at least half the probability, else the
     * message is none. Tuned on the held-out set and on customer questions (ATEC, BANKING77 and
     * StackFAQ dev): lower, more of those questions read as a complaint or a request for a person.
     */
    public static final double MIN_CONFIDENCE = 0.5;

    /**
     * How much an English message's embedding counts against its n-grams. The model reads the
     * sentence vector the knowledge base searches with ({@link EmbeddingVector#SENTENCE}: one
     * model per message, embedded once per turn for both); at √2 that vector is as long as the
     * two-model vector it replaced, so the embeddings keep their weight. Measured on the held-out
     * set and on ATEC, BANKING77 and StackFAQ dev: as accurate, fewer customer questions handed off.
     */
    private static final double ENGLISH_EMBEDDING_WEIGHT = Math.sqrt(2);

    private static final String EXAMPLES = "intents.csv";

    private final IntentClassifier rules;
    private final IntentClassifier learned;

    BuiltInIntents(IntentClassifier rules, IntentClassifier learned) {
        this.rules = rules;
        this.learned = learned;
    }

    private static final class Shared {
        static final BuiltInIntents INSTANCE = train(Embeddings.shared(), ChineseScript.load());
    }

    /** The instance shared in the process: trained on first use, on the process's shared embedding models. */
    public static BuiltInIntents shared() {
        return Shared.INSTANCE;
    }

    /** Trains on the built-in examples, normalized as the messages will be; takes seconds, so train once and share. */
    public static BuiltInIntents train(Embeddings embeddings, ChineseScript script) {
        List<LabeledText> normalized = examples().stream()
                .map(e -> new LabeledText(TextNormalizer.normalize(e.text()), e.label())).toList();
        return new BuiltInIntents(new KeywordIntentClassifier(script),
                TrainedIntentClassifier.builder(script).embeddings(embeddings).vector(EmbeddingVector.SENTENCE)
                        .embeddingWeight(LanguageFamily.ENGLISH, ENGLISH_EMBEDDING_WEIGHT).train(normalized));
    }

    /** The built-in training examples. */
    public static List<LabeledText> examples() {
        InputStream in = BuiltInIntents.class.getResourceAsStream(EXAMPLES);
        if (in == null) {
            throw new IllegalStateException("missing resource " + EXAMPLES);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return LabeledTextCsv.read(reader, EXAMPLES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Intent classify(String text, Language language) {
        Intent rule = rules.classify(text, language);
        if (!rule.name().equals(Intent.NONE)) {
            return rule;
        }
        Intent read = learned.classify(text, language);
        return read.confidence() >= MIN_CONFIDENCE ? read : Intent.none();
    }
}
