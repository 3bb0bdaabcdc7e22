package dev.kefu.text.script;

import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Converts Chinese text between Traditional and Simplified characters.
 *
 * <p>Folding to Simplified is what lets one index serve both scripts: a phrase table first maps
 * the words Taiwan and Hong Kong write differently (軟體 → 软件, 透過 → 通过), then every character
 * is mapped through a table built once from ICU's Traditional-Simplified transliterator. The
 * reverse direction serves answers back to customers who write Traditional; there one Simplified
 * character often stands for several Traditional ones (准 → 准 or 準, 发 → 發 or 髮, 只 → 只 or 隻), so
 * after the Taiwan phrase table it converts word by word with OpenCC's dictionaries (opencc4j,
 * Taiwan standard): 准确 → 準確, 一只猫 → 一隻貓, 手表 → 手錶. Instances are immutable and
 * thread-safe; build one with {@link #load()} at start-up and share it.
 */
public final class ChineseScript {

    private static final int CJK_START = 0x3400;
    private static final int CJK_END = 0x9FFF;
    private static final int COMPAT_START = 0xF900;
    private static final int COMPAT_END = 0xFAFF;

    private final char[] toSimplified;
    private final char[] toTraditional;
    private final PhraseTable traditionalPhrases;
    private final PhraseTable simplifiedPhrases;

    private ChineseScript(char[] toSimplified, char[] toTraditional,
                          PhraseTable traditionalPhrases, PhraseTable simplifiedPhrases) {
        this.toSimplified = toSimplified;
        this.toTraditional = toTraditional;
        this.traditionalPhrases = traditionalPhrases;
        this.simplifiedPhrases = simplifiedPhrases;
    }

    private static final class Holder {
        static final ChineseScript INSTANCE = build();
    }

    /** The shared instance; the tables are built, and OpenCC's dictionaries loaded, on first use (about 0.7 s). */
    public static ChineseScript load() {
        return Holder.INSTANCE;
    }

    private static ChineseScript build() {
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        Transliterator s2t = Transliterator.getInstance("Simplified-Traditional");
        char[] simp = new char[COMPAT_END + 1];
        char[] trad = new char[COMPAT_END + 1];
        for (int c = 0; c <= COMPAT_END; c++) {
            simp[c] = (char) c;
            trad[c] = (char) c;
        }
        fill(t2s, simp, CJK_START, CJK_END);
        fill(t2s, simp, COMPAT_START, COMPAT_END);
        fill(s2t, trad, CJK_START, CJK_END);
        Map<String, String> twToCn = readPhrases("tw-phrases.tsv");
        Map<String, String> cnToTw = new TreeMap<>();
        twToCn.forEach((tw, cn) -> cnToTw.putIfAbsent(cn, tw));
        // OpenCC's dictionaries load on their first use (about half a second): here, not in a customer's first answer
        ZhTwConverterUtil.toTraditional("简体");
        return new ChineseScript(simp, trad, new PhraseTable(twToCn), new PhraseTable(cnToTw));
    }

    private static void fill(Transliterator transliterator, char[] table, int from, int to) {
        for (int c = from; c <= to; c++) {
            String mapped = transliterator.transliterate(String.valueOf((char) c));
            if (mapped.length() == 1) {
                table[c] = mapped.charAt(0);
            }
        }
    }

    private static Map<String, String> readPhrases(String resource) {
        Map<String, String> phrases = new TreeMap<>();
        try (InputStream in = ChineseScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException("bad line in " + resource + ": " + line);
                }
                phrases.put(cols[0].trim(), cols[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return phrases;
    }

    /** Traditional (and Taiwan / Hong Kong wording) to Simplified; other text passes unchanged. */
    public String toSimplified(String text) {
        return mapChars(traditionalPhrases.replace(text), toSimplified);
    }

    /** Simplified to Traditional, word by word, with Taiwan wording (OpenCC's and this project's phrase table). */
    public String toTraditional(String text) {
        return simplifiedPhrases.replace(text, ZhTwConverterUtil::toTraditional);
    }

    /** Counts the characters that only Traditional, or only Simplified, writes. */
    public ScriptCounts count(CharSequence text) {
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= CJK_START && c <= COMPAT_END) {
                if (toSimplified[c] != c) {
                    traditional++;
                } else if (toTraditional[c] != c) {
                    simplified++;
                }
            }
        }
        return new ScriptCounts(traditional, simplified);
    }

    /** How many characters of a text are only Traditional, and how many only Simplified. */
    public record ScriptCounts(int traditionalOnly, int simplifiedOnly) {
        public boolean looksTraditional() {
            return traditionalOnly > simplifiedOnly;
        }
    }

    private static String mapChars(String text, char[] table) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < table.length && table[c] != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = table[c];
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** Longest-match replacement of whole phrases, left to right. */
    private static final class PhraseTable {
        private final Map<String, String> phrases;
        private final int maxLength;
        private final boolean[] firstChars = new boolean[Character.MAX_VALUE + 1];

        PhraseTable(Map<String, String> phrases) {
            this.phrases = Map.copyOf(phrases);
            int max = 0;
            for (String key : phrases.keySet()) {
                max = Math.max(max, key.length());
                firstChars[key.charAt(0)] = true;
            }
            this.maxLength = max;
        }

        String replace(String text) {
            return replace(text, UnaryOperator.identity());
        }

        /** Replaces the phrases, and the text between them with {@code between}. */
        String replace(String text, UnaryOperator<String> between) {
            StringBuilder out = new StringBuilder(text.length());
            int plain = 0;
            int i = 0;
            while (i < text.length()) {
                String match = null;
                int matchLength = 0;
                if (firstChars[text.charAt(i)]) {
                    for (int len = Math.min(maxLength, text.length() - i); len >= 1; len--) {
                        String candidate = phrases.get(text.substring(i, i + len));
                        if (candidate != null) {
                            match = candidate;
                            matchLength = len;
                            break;
                        }
                    }
                }
                if (match != null) {
                    if (plain < i) {
                        out.append(between.apply(text.substring(plain, i)));
                    }
                    out.append(match);
                    i += matchLength;
                    plain = i;
                } else {
                    i++;
                }
            }
            if (plain == 0) {
                return between.apply(text);
            }
            if (plain < text.length()) {
                out.append(between.apply(text.substring(plain)));
            }
            return out.toString();
        }
    }
}
