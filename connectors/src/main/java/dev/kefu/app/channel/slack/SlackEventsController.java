package dev.kefu.app.channel.slack;

import dev.kefu.app.channel.InboundPayloads;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Slack's Events API request URL. Every request is verified against the signing secret over the raw
 * body before it is read; {@code url_verification} answers the challenge; event callbacks are
 * processed once per {@code event_id}, so Slack's retries ({@code X-Slack-Retry-Num}) change nothing.
 */
@RestController
@ConditionalOnProperty(prefix = "kefu.channels.slack", name = "enabled", havingValue = "true")
class SlackEventsController {

    private final SlackEvents events;
    private final SlackSignature signature;

    SlackEventsController(SlackEvents events, SlackSignature signature) {
        this.events = events;
        this.signature = signature;
    }

    @PostMapping(path = "/api/v1/channels/slack/events", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> receive(
            @RequestHeader(name = "X-Slack-Request-Timestamp", required = false) String timestamp,
            @RequestHeader(name = "X-Slack-Signature", required = false) String signed,
            @RequestBody byte[] body) {
        signature.verify(timestamp, signed, body);
        JsonNode payload = InboundPayloads.object(body);
        String type = InboundPayloads.text(payload, "type");
        if ("url_verification".equals(type)) {
            String challenge = InboundPayloads.text(payload, "challenge");
            return challenge == null ? ResponseEntity.badRequest().build() : ResponseEntity.ok(Map.of("challenge", challenge));
        }
        if ("event_callback".equals(type)) {
            events.handle(payload);
        }
        return ResponseEntity.ok(Map.of());
    }
}
