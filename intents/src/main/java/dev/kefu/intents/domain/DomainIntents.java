package dev.kefu.intents.domain;

import dev.kefu.intents.trained.TrainedIntentClassifier;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.learn.LabeledTextCsv;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The business's own intents, from a {@code text,label} CSV: trained once and kept in a cache
 * folder with a fingerprint of the file and of the settings, so that a restart with the same
 * examples loads the saved model in milliseconds and changed examples are trained again. A cached
 * model that cannot be read is trained again too; a CSV that cannot be read fails with its reason.
 */
public final class DomainIntents {

    private static final String MODEL = "domain-intents.model";
    private static final String FINGERPRINT = "domain-intents.sha256";

    private final Embeddings embeddings;
    private final ChineseScript script;
    private final String outOfScopeLabel;

    /** Examples labelled {@code outOfScopeLabel} (may be null) tune the out-of-scope threshold. */
    public DomainIntents(Embeddings embeddings, ChineseScript script, String outOfScopeLabel) {
        this.embeddings = Objects.requireNonNull(embeddings);
        this.script = Objects.requireNonNull(script);
        this.outOfScopeLabel = outOfScopeLabel;
    }

    /** Where a {@link #loadOrTrain} model came from. */
    public enum Source {
        /** The cache held a model of these examples. */
        CACHE,
        /** There was no model of these examples: trained and cached. */
        TRAINED,
        /** The cached model could not be read: trained again and cached. */
        RETRAINED_UNREADABLE_CACHE
    }

    /** A classifier and where it came from. */
    public record Loaded(TrainedIntentClassifier classifier, Source source) {
    }

    public Loaded loadOrTrain(Path examples, Path cacheDir) throws IOException {
        String fingerprint = fingerprint(examples);
        Path model = cacheDir.resolve(MODEL);
        Path stored = cacheDir.resolve(FINGERPRINT);
        Source source = Source.TRAINED;
        if (Files.isRegularFile(model) && Files.isRegularFile(stored)
                && Files.readString(stored, StandardCharsets.UTF_8).strip().equals(fingerprint)) {
            try {
                return new Loaded(TrainedIntentClassifier.load(model, embeddings, script), Source.CACHE);
            } catch (IOException e) {
                source = Source.RETRAINED_UNREADABLE_CACHE;
            }
        }
        TrainedIntentClassifier classifier = TrainedIntentClassifier.builder(script)
                .embeddings(embeddings)
                .outOfScopeLabel(outOfScopeLabel)
                .train(LabeledTextCsv.read(examples));
        Files.deleteIfExists(stored);
        classifier.save(model);
        Files.writeString(stored, fingerprint + "\n", StandardCharsets.UTF_8);
        return new Loaded(classifier, source);
    }

    /** SHA-256 of the examples, the out-of-scope label and the model format. */
    private String fingerprint(Path examples) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Files.readAllBytes(examples));
            digest.update(("\u0000oos=" + outOfScopeLabel + "\u0000format=" + TrainedIntentClassifier.FORMAT)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
