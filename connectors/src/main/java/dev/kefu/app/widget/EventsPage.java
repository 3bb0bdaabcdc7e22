package dev.kefu.app.widget;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A conversation's visible events after a sequence number, with its state, the last sequence the
 * page covers (hidden events included, so the widget asks after it next) and, while it waits for
 * an agent, its place in the queue. The same shape answers a poll and travels over the WebSocket.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EventsPage(String conversationId, String state, long lastSequence, Integer queuePosition, List<EventView> events) {

    /** Names the message on the WebSocket, where other types travel too. */
    @JsonProperty("type")
    String type() {
        return "events";
    }
}
