package dev.kefu.app.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Splits a long answer into messages a platform takes: on sentence boundaries (。！？；… and . ! ?
 * before a space, and line breaks), else between words, else, for a run with no space longer than
 * the limit, between characters (never inside a surrogate pair). Sizes are measured by the caller's
 * function, so that the limit applies to the text as it will be sent, markup and escapes included.
 */
public final class MessageSplitter {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；…!?！？])|(?<=[.!?]\\s)|(?<=\\n)");
    private static final Pattern WORD_END = Pattern.compile("(?<=\\s)");

    private MessageSplitter() {
    }

    public static List<String> split(String text, int max, ToIntFunction<String> size) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text)) {
            for (String piece : fitting(sentence, max, size)) {
                if (size.applyAsInt(current + piece) > max) {
                    flush(current, chunks);
                }
                current.append(piece);
            }
        }
        flush(current, chunks);
        return chunks;
    }

    /** The sentence itself if it fits, else its words, each cut to fit. */
    private static List<String> fitting(String sentence, int max, ToIntFunction<String> size) {
        if (size.applyAsInt(sentence) <= max) {
            return List.of(sentence);
        }
        List<String> pieces = new ArrayList<>();
        for (String word : WORD_END.split(sentence)) {
            String rest = word;
            while (size.applyAsInt(rest) > max) {
                int cut = longestPrefix(rest, max, size);
                pieces.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            pieces.add(rest);
        }
        return pieces;
    }

    /** The length of the longest prefix within the limit, found by bisection, at a code point boundary. */
    private static int longestPrefix(String text, int max, ToIntFunction<String> size) {
        int low = 1, high = text.length();
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (size.applyAsInt(text.substring(0, mid)) <= max) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        if (low < text.length() && Character.isHighSurrogate(text.charAt(low - 1)) && low > 1) {
            low--;
        }
        return low;
    }

    private static void flush(StringBuilder current, List<String> chunks) {
        String chunk = current.toString().strip();
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        current.setLength(0);
    }
}
