package dev.kefu.app.chat;

import dev.kefu.app.config.KefuProperties;
import dev.kefu.app.web.InvalidInputException;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.message.InboundMessage;
import jakarta.validation.Valid;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The web chat API: one customer message in, the bot's replies out. */
@RestController
class ChatController {

    static final String CHANNEL = "web";

    private final Engine engine;
    private final int maxTextLength;

    ChatController(Engine engine, KefuProperties properties) {
        this.engine = engine;
        this.maxTextLength = properties.chat().maxTextLength();
    }

    @PostMapping(path = "/api/v1/chat/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ChatResponse post(@Valid @RequestBody ChatRequest request) {
        if (request.text().length() > maxTextLength) {
            throw new InvalidInputException("text", "must be at most " + maxTextLength + " characters");
        }
        InboundMessage message = new InboundMessage(CHANNEL, request.userId(), request.conversationId(),
                request.text(), null, Instant.now());
        return ChatResponse.of(engine.handle(message));
    }
}
