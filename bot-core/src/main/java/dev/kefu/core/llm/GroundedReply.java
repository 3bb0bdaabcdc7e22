package dev.kefu.core.llm;

import java.util.List;

/** A reply the model wrote and the {@link SupportCheck} accepted, in the customer's script, with the ids of the entries it rests on. */
public record GroundedReply(String text, List<String> citedIds) {

    public GroundedReply {
        citedIds = List.copyOf(citedIds);
    }
}
