package dev.kefu.sentiment.trained;

import dev.kefu.text.learn.LabeledText;
import dev.kefu.text.learn.LabeledTextCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Customer-service messages written for kefu in Simplified Chinese and English, labelled
 * negative, neutral or positive: {@code chat-train.csv} teaches the model the language of a chat
 * (questions about orders are neutral however much a review of the same words would complain),
 * {@code chat-dev.csv}, written apart, sets the neutral band.
 */
final class ChatExamples {

    static final String TRAIN = "chat-train.csv";
    static final String DEV = "chat-dev.csv";

    private ChatExamples() {
    }

    static List<LabeledText> read(String resource) {
        InputStream in = ChatExamples.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return LabeledTextCsv.read(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
