package dev.kefu.core.llm;

import java.util.List;

/**
 * A reply an agent may send: a knowledge-base answer as written ({@code composed} false, one id), or
 * one the model composed from several entries and the support check accepted ({@code composed} true).
 */
public record SuggestedReply(String text, List<String> faqIds, boolean composed) {

    public SuggestedReply {
        faqIds = List.copyOf(faqIds);
    }
}
