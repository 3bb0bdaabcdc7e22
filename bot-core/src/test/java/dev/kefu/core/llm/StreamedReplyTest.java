package dev.kefu.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** A stream as a future: completed by the stream, and stopping it when cancelled. */
class StreamedReplyTest {

    /** The handle LangChain4j gives with each piece, recording whether it was told to stop. */
    private static final class Handle implements StreamingHandle {
        private volatile boolean cancelled;

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    private static void piece(StreamedReply reply, Handle handle, String text) {
        reply.onPartialResponse(new PartialResponse(text), new PartialResponseContext(handle));
    }

    @Test
    void completesWithTheAssembledResponse() throws Exception {
        StreamedReply reply = new StreamedReply();
        Handle handle = new Handle();
        piece(reply, handle, "您好，");
        piece(reply, handle, "簽收後7天內可申請退貨。");
        reply.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from("您好，簽收後7天內可申請退貨。")).build());
        assertThat(reply.get().aiMessage().text()).isEqualTo("您好，簽收後7天內可申請退貨。");
        assertThat(handle.isCancelled()).isFalse();
    }

    @Test
    void failsWithTheStreamsError() {
        StreamedReply reply = new StreamedReply();
        reply.onError(new IllegalStateException("broken stream"));
        assertThatThrownBy(reply::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancelledAfterAPieceItStopsTheStreamAtOnce() {
        StreamedReply reply = new StreamedReply();
        Handle handle = new Handle();
        piece(reply, handle, "Sure! You have");
        reply.cancel(true);
        assertThat(handle.isCancelled()).isTrue();
        assertThat(reply.isCancelled()).isTrue();
    }

    @Test
    void cancelledBeforeAnyPieceItStopsTheStreamWhenTheFirstArrives() {
        StreamedReply reply = new StreamedReply();
        reply.cancel(true);
        Handle handle = new Handle();
        piece(reply, handle, "签收后");
        assertThat(handle.isCancelled()).isTrue();
        reply.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from("签收后7天内")).build());
        assertThat(reply.isCancelled()).as("a late end changes nothing").isTrue();
    }
}
