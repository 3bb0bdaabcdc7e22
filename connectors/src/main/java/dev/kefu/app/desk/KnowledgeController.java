package dev.kefu.app.desk;

import dev.kefu.app.admin.DraftEntries;
import dev.kefu.app.security.DeskRole;
import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.handoff.UnknownConversationException;
import dev.kefu.kb.FaqVariant;
import dev.kefu.kb.catalog.CatalogEntry;
import dev.kefu.kb.catalog.EntryRules;
import dev.kefu.kb.catalog.EntryStatus;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.kb.search.Match;
import dev.kefu.text.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge base beside a conversation: entries that may answer the customer's last message,
 * and a good reply saved as an entry, live when a supervisor saves it, a draft to review when an
 * agent does (through the admin API's own draft code, so it lands in the same catalog and history).
 */
@RestController
class KnowledgeController {

    private static final int SUGGESTIONS = 3;

    private final Engine engine;
    private final KnowledgeBase knowledgeBase;
    private final DraftEntries entries;

    KnowledgeController(Engine engine, KnowledgeBase knowledgeBase, DraftEntries entries) {
        this.engine = engine;
        this.knowledgeBase = knowledgeBase;
        this.entries = entries;
    }

    record Suggestion(String faqId, String question, String answer, double confidence) {
    }

    record NewEntry(@NotBlank @Size(max = EntryRules.MAX_QUESTION_LENGTH) String question,
                    @NotBlank @Size(max = EntryRules.MAX_ANSWER_LENGTH) String answer,
                    @Size(max = 20) String language, @Pattern(regexp = "[A-Za-z0-9._-]{1,50}") String conversationId) {
    }

    record SavedEntry(String id, String status) {
    }

    @GetMapping("/desk/api/conversations/{id}/kb-suggestions")
    List<Suggestion> suggestions(@PathVariable String id) {
        Conversation conversation = engine.store().find(id).orElseThrow(() -> new UnknownConversationException(id));
        Language language = Language.fromTag(conversation.language());
        return conversation.transcript().stream()
                .filter(line -> line.kind() == EventKind.CUSTOMER_MESSAGE && line.text() != null)
                .reduce((first, second) -> second)
                .map(last -> knowledgeBase.search(last.text()).matches().stream().limit(SUGGESTIONS)
                        .map(match -> suggestion(match, language)).toList())
                .orElse(List.of());
    }

    @PostMapping("/desk/api/kb-entries")
    @ResponseStatus(HttpStatus.CREATED)
    SavedEntry save(@Valid @RequestBody NewEntry request, Authentication user) {
        boolean publishes = DeskRole.SUPERVISOR.heldBy(user);
        String origin = request.conversationId() == null ? "from-agent" : "conversation:" + request.conversationId();
        CatalogEntry entry = entries.create(request.question(), request.answer(), request.language(), origin,
                publishes ? EntryStatus.PUBLISHED : EntryStatus.DRAFT, "desk:" + user.getName());
        return new SavedEntry(entry.faq().id(), entry.status().name());
    }

    private static Suggestion suggestion(Match match, Language language) {
        FaqVariant variant = match.entry().variantFor(language);
        return new Suggestion(match.entry().id(), variant.question(), variant.answer(),
                Math.round(match.confidence() * 1000) / 1000.0);
    }
}
