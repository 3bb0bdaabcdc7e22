package dev.kefu.core.llm;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.Conversation.TranscriptLine;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.search.Decision;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.kb.search.Match;
import dev.kefu.kb.search.Retrieval;
import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Replies an agent can send to the customer's latest question (the latest message the knowledge base
 * answers or offers choices for, since the last one is often "转人工"): first one the model composed from the
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

    /** Suggestions for the conversation's latest question; none when no customer message matches anything. */
    public List<SuggestedReply> suggest(Conversation conversation) {
        List<TranscriptLine> lines = conversation.transcript();
        for (int i = lines.size() - 1; i >= 0; i--) {
            TranscriptLine line = lines.get(i);
            if (line.kind() == EventKind.CUSTOMER_MESSAGE && line.text() != null && !line.text().isBlank()) {
                Retrieval retrieval = knowledgeBase.search(line.text());
                List<FaqEntry> entries = retrieval.matches().stream().map(Match::entry).distinct().limit(maxEntries).toList();
                if (retrieval.decision() != Decision.NO_MATCH && !entries.isEmpty()) {
                    return suggestions(line.text(), Language.fromTag(conversation.language()), entries);
                }
            }
        }
        return List.of();
    }

    private List<SuggestedReply> suggestions(String question, Language language, List<FaqEntry> entries) {
        List<SuggestedReply> suggestions = new ArrayList<>();
        composer.compose("suggestion", question, language, entries)
                .ifPresent(g -> suggestions.add(new SuggestedReply(g.text(), g.citedIds(), true)));
        for (FaqEntry entry : entries) {
            String answer = entry.variantFor(language).answer();
            suggestions.add(new SuggestedReply(language == Language.ZH_HANT ? script.toTraditional(answer) : answer,
                    List.of(entry.id()), false));
        }
        return suggestions;
    }
}
