package dev.kefu.core.llm;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.Conversation.TranscriptLine;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.kb.search.Match;
import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replies an agent can send to the customer's latest message: first one the model composed from the
 * knowledge base's best entries (when it is on, in time and supported by them), then those entries'
 * answers as written, in the customer's script. Works without the model, with the same guardrails as
 * the bot's own answers when it is on.
 */
public final class ReplySuggester {

    private final KnowledgeBase knowledgeBase;
    private final GroundedComposer composer;
    private final ChineseScript script;
    private final int maxEntries;

    public ReplySuggester(KnowledgeBase knowledgeBase, GroundedComposer composer, ChineseScript script, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
        this.knowledgeBase = knowledgeBase;
        this.composer = composer;
        this.script = script;
        this.maxEntries = maxEntries;
    }

    /** Suggestions for the conversation's latest customer message; none when it has none or nothing matches. */
    public List<SuggestedReply> suggest(Conversation conversation) {
        Optional<String> question = conversation.transcript().stream()
                .filter(line -> line.kind() == EventKind.CUSTOMER_MESSAGE && line.text() != null && !line.text().isBlank())
                .reduce((first, second) -> second)
                .map(TranscriptLine::text);
        if (question.isEmpty()) {
            return List.of();
        }
        Language language = Language.fromTag(conversation.language());
        List<FaqEntry> entries = knowledgeBase.search(question.get()).matches().stream()
                .map(Match::entry).distinct().limit(maxEntries).toList();
        if (entries.isEmpty()) {
            return List.of();
        }
        List<SuggestedReply> suggestions = new ArrayList<>();
        composer.compose("suggestion", question.get(), language, entries)
                .ifPresent(g -> suggestions.add(new SuggestedReply(g.text(), g.citedIds(), true)));
        for (FaqEntry entry : entries) {
            String answer = entry.variantFor(language).answer();
            suggestions.add(new SuggestedReply(language == Language.ZH_HANT ? script.toTraditional(answer) : answer,
                    List.of(entry.id()), false));
        }
        return suggestions;
    }
}
