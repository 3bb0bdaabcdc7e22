package dev.kefu.text.detect;

import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells zh-Hans, zh-Hant and English apart, reliably on the short messages of a chat.
 *
 * <p>Script decides first: Han characters mean Chinese, and whether they are Traditional is
 * counted character by character. Kana and Hangul mean Japanese and Korean. Latin text is English
 * when it is short or holds common English words (statistical models are weak on a few words),
 * though one Latin word (ok, thx, yyds) is only {@link Detection.Doubt#ONE_LATIN_WORD probably} English;
 * longer Latin text goes to the OpenNLP language model, which tells English from other languages.
 * Thread-safe; load once and share.
 */
public final class LanguageDetector {

    private static final int SHORT_LATIN_LETTERS = 24;
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "an", "you", "my", "me", "is", "are", "was", "do", "does", "did", "can",
            "how", "what", "where", "when", "why", "who", "which", "to", "of", "for", "and", "or", "not",
            "it", "in", "on", "with", "please", "hi", "hello", "thanks", "thank", "order", "want", "need",
            "have", "has", "your", "this", "that", "be", "will", "would", "could", "there", "get");

    private final ChineseScript chineseScript;
    private final LanguageDetectorModel model;
    private final Map<String, String> iso3ToTag;

    private LanguageDetector(ChineseScript chineseScript, LanguageDetectorModel model) {
        this.chineseScript = chineseScript;
        this.model = model;
        this.iso3ToTag = iso3ToTag();
    }

    /** Loads the bundled OpenNLP model (about 10 MB, 1 s); do it once at start-up. */
    public static LanguageDetector load(ChineseScript chineseScript) {
        try (InputStream in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language model langdetect-183.bin is not on the class path");
            }
            return new LanguageDetector(chineseScript, new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Detection detect(String text) {
        ScriptProfile profile = ScriptProfile.of(text);
        if (profile.kana() > 0) {
            return new Detection(Language.UNDETERMINED, "ja", 0.9);
        }
        if (profile.hangul() > 0 && profile.hangul() >= profile.han()) {
            return new Detection(Language.UNDETERMINED, "ko", 0.9);
        }
        if (profile.han() > 0 && profile.han() * 3 >= profile.latinWords()) {
            ChineseScript.ScriptCounts counts = chineseScript.count(text);
            Language language = counts.looksTraditional() ? Language.ZH_HANT : Language.ZH_HANS;
            int decisive = counts.traditionalOnly() + counts.simplifiedOnly();
            double confidence = decisive == 0 ? 0.6
                    : 0.6 + 0.4 * Math.abs(counts.traditionalOnly() - counts.simplifiedOnly()) / decisive;
            return new Detection(language, language.tag(), confidence,
                    decisive == 0 ? Detection.Doubt.EITHER_CHINESE_SCRIPT : Detection.Doubt.NONE);
        }
        if (profile.latinLetters() == 0) {
            return new Detection(Language.UNDETERMINED, Language.UNDETERMINED.tag(), 0.0);
        }
        if (profile.latinLetters() <= SHORT_LATIN_LETTERS || hasEnglishWord(text)) {
            return new Detection(Language.EN, Language.EN.tag(), 0.8,
                    profile.latinWords() == 1 ? Detection.Doubt.ONE_LATIN_WORD : Detection.Doubt.NONE);
        }
        opennlp.tools.langdetect.Language best = new LanguageDetectorME(model).predictLanguage(text);
        if (best.getLang().equals("eng")) {
            return new Detection(Language.EN, Language.EN.tag(), best.getConfidence());
        }
        String tag = iso3ToTag.getOrDefault(best.getLang(), best.getLang());
        return new Detection(Language.UNDETERMINED, tag, best.getConfidence());
    }

    private static boolean hasEnglishWord(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (ENGLISH_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> iso3ToTag() {
        Map<String, String> map = new HashMap<>();
        for (String iso2 : Locale.getISOLanguages()) {
            try {
                map.put(new Locale(iso2).getISO3Language(), iso2);
            } catch (java.util.MissingResourceException ignored) {
                // a language with no three-letter code keeps the model's code
            }
        }
        return Map.copyOf(map);
    }

    /** What kinds of letters a text is written in. */
    record ScriptProfile(int han, int kana, int hangul, int latinLetters, int latinWords) {
        static ScriptProfile of(String text) {
            int han = 0, kana = 0, hangul = 0, latin = 0, words = 0;
            boolean inWord = false;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                boolean latinLetter = script == Character.UnicodeScript.LATIN && Character.isLetter(cp);
                switch (script) {
                    case HAN -> han++;
                    case HIRAGANA, KATAKANA -> kana++;
                    case HANGUL -> hangul++;
                    default -> { }
                }
                if (latinLetter) {
                    latin++;
                    if (!inWord) {
                        words++;
                    }
                }
                inWord = latinLetter;
            }
            return new ScriptProfile(han, kana, hangul, latin, words);
        }
    }
}
