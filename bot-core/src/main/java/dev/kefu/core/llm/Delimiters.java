package dev.kefu.core.llm;

import dev.kefu.text.Language;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * How untrusted text goes into a prompt and how the model's answer comes out. Customer messages,
 * transcripts and knowledge-base texts are quoted inside tags, with angle brackets turned full-width,
 * so no input can close its tag and pass for an instruction; the model answers one JSON object,
 * read leniently (a code fence or a sentence around it is ignored).
 */
final class Delimiters {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private Delimiters() {
    }

    /** {@code <tag>text</tag>}, the text unable to open or close a tag. */
    static String quote(String tag, String text) {
        return "<" + tag + ">\n" + neutralize(text) + "\n</" + tag + ">";
    }

    /** A knowledge-base entry: {@code <kb_entry id="…"><question>…</question><answer>…</answer></kb_entry>}. */
    static String entry(String id, String question, String answer) {
        return "<kb_entry id=\"" + neutralize(id).replace("\"", "'") + "\">\n" + quote("question", question) + "\n"
                + quote("answer", answer) + "\n</kb_entry>";
    }

    static String neutralize(String text) {
        return text.replace('<', '＜').replace('>', '＞');
    }

    /** The name of a language as the system prompt tells the model to write in it. */
    static String languageName(Language language) {
        return switch (language) {
            case ZH_HANS -> "Simplified Chinese (简体中文)";
            case ZH_HANT -> "Traditional Chinese (繁體中文)";
            default -> "English";
        };
    }

    /** The first JSON object in the model's text, or empty when there is none or it does not parse. */
    static Optional<JsonNode> jsonObject(String modelText) {
        int start = modelText.indexOf('{');
        int end = modelText.lastIndexOf('}');
        if (start < 0 || end <= start) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(modelText.substring(start, end + 1));
            return node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
