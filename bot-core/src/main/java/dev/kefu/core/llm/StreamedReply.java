package dev.kefu.core.llm;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.concurrent.CompletableFuture;

/**
 * A streamed reply as one future: it completes with the assembled response when the stream ends,
 * fails with the stream's error, and cancelled, it stops the stream (at once if a piece has arrived,
 * else as soon as the first one does), so that an abandoned turn leaves no reader behind.
 */
final class StreamedReply extends CompletableFuture<ChatResponse> implements StreamingChatResponseHandler {

    private volatile StreamingHandle handle;

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        handle = context.streamingHandle();
        if (isCancelled()) {
            handle.cancel();
        }
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        complete(response);
    }

    @Override
    public void onError(Throwable error) {
        completeExceptionally(error);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        StreamingHandle current = handle;
        if (current != null) {
            current.cancel();
        }
        return cancelled;
    }
}
