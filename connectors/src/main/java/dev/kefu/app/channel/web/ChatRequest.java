package dev.kefu.app.channel.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer's message to the chat API. The text's length is checked against the configured limit.
 * Its {@code toString} leaves the text out: it is not yet redacted, and debug logging prints requests.
 */
record ChatRequest(
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+", message = "must be a conversation id as returned by the API")
        String conversationId,
        @NotBlank @Size(max = 128) String userId,
        @NotNull @NotBlank String text) {

    @Override
    public String toString() {
        return "ChatRequest[conversationId=" + conversationId + ", userId=" + userId + ", text=("
                + (text == null ? 0 : text.length()) + " characters)]";
    }
}
