package dev.kefu.kb.suggest;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests FAQ questions for what a customer has typed so far, in the script they type in.
 *
 * <p>Every phrasing of every entry (question and alternates) is folded once (normalized,
 * Traditional to Simplified, lower-cased); typed text is folded the same way and matched against
 * the phrasings of its language family, Chinese if it has a Han character, else English. Entries
 * are ranked by how well their best phrasing matches (starts with the text, then has it from the
 * start of a word, then has all its words), then questions before alternates, then earlier and
 * shorter matches, then knowledge-base order. Immutable and thread-safe; build a new one when
 * the entries change.
 */
public final class QuestionSuggester {

    /** Longer text is a question, not a prefix being typed: it gets no suggestions. */
    public static final int MAX_TEXT_LENGTH = 100;
    public static final int MAX_SUGGESTIONS = 10;

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparing(Candidate::quality)
            .thenComparing(Candidate::alternate)
            .thenComparingInt(Candidate::position)
            .thenComparingInt(Candidate::length)
            .thenComparingInt(Candidate::entry);

    private final List<FaqEntry> entries;
    private final List<Phrasing> phrasings;
    private final ChineseScript script;

    private QuestionSuggester(List<FaqEntry> entries, List<Phrasing> phrasings, ChineseScript script) {
        this.entries = entries;
        this.phrasings = phrasings;
        this.script = script;
    }

    public static QuestionSuggester build(List<FaqEntry> entries, ChineseScript script) {
        List<FaqEntry> copy = List.copyOf(entries);
        List<Phrasing> phrasings = new ArrayList<>();
        for (int e = 0; e < copy.size(); e++) {
            for (FaqVariant variant : copy.get(e).variants()) {
                List<String> texts = variant.phrasings();
                for (int p = 0; p < texts.size(); p++) {
                    String folded = MatchText.fold(texts.get(p), script);
                    if (!folded.isEmpty()) {
                        phrasings.add(new Phrasing(e, variant.language().isChinese(), p > 0, folded));
                    }
                }
            }
        }
        return new QuestionSuggester(copy, List.copyOf(phrasings), script);
    }

    /** Up to {@code limit} suggestions (at most {@value #MAX_SUGGESTIONS}), best first; none for blank or over-long text. */
    public List<Suggestion> suggest(String typed, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (typed == null || typed.length() > MAX_TEXT_LENGTH) {
            return List.of();
        }
        String folded = MatchText.fold(typed, script);
        if (folded.isEmpty()) {
            return List.of();
        }
        boolean chinese = MatchText.hasHan(folded);
        Map<Integer, Candidate> bestPerEntry = new HashMap<>();
        for (Phrasing phrasing : phrasings) {
            if (phrasing.chinese() == chinese) {
                Candidate candidate = phrasing.match(folded);
                if (candidate != null) {
                    bestPerEntry.merge(candidate.entry(), candidate, (a, b) -> BEST_FIRST.compare(a, b) <= 0 ? a : b);
                }
            }
        }
        Language language = chinese
                ? (script.count(typed).looksTraditional() ? Language.ZH_HANT : Language.ZH_HANS)
                : Language.EN;
        return bestPerEntry.values().stream()
                .sorted(BEST_FIRST)
                .limit(Math.min(limit, MAX_SUGGESTIONS))
                .map(candidate -> suggestion(entries.get(candidate.entry()), language))
                .toList();
    }

    private Suggestion suggestion(FaqEntry entry, Language language) {
        FaqVariant variant = entry.variantFor(language);
        String question = variant.question();
        if (variant.language() != language && language == Language.ZH_HANT) {
            question = script.toTraditional(question);
        } else if (variant.language() != language && language == Language.ZH_HANS) {
            question = script.toSimplified(question);
        }
        return new Suggestion(entry.id(), question);
    }

    /** One folded way of asking an entry, in one language family. */
    private record Phrasing(int entry, boolean chinese, boolean alternate, String text) {

        Candidate match(String typed) {
            MatchQuality quality = MatchQuality.of(typed, text);
            if (quality == null) {
                return null;
            }
            int position = quality == MatchQuality.ALL_WORDS ? text.length() : MatchQuality.wordStartIndex(text, typed);
            return new Candidate(entry, quality, alternate, position, text.length());
        }
    }

    private record Candidate(int entry, MatchQuality quality, boolean alternate, int position, int length) {
    }
}
