package dev.kefu.app.channel.web;

import dev.kefu.app.channel.ChannelDispatcher;
import dev.kefu.app.channel.ChannelDispatchers;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The web chat API: one customer message in, the bot's replies out. */
@RestController
class ChatController {

    private final WebInbound inbound;
    private final WebChannel channel;
    private final ChannelDispatcher dispatcher;

    ChatController(WebInbound inbound, WebChannel channel, ChannelDispatchers dispatchers) {
        this.inbound = inbound;
        this.channel = channel;
        this.dispatcher = dispatchers.forPrivateChats();
    }

    @PostMapping(path = "/api/v1/chat/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ChatResponse post(@Valid @RequestBody ChatRequest request) {
        return ChatResponse.of(dispatcher.answerInResponse(channel, inbound.message(request)));
    }
}
