package dev.kefu.core.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.time.Duration;

/**
 * An HTTP client whose streams stop at the first piece the model's client cannot read. LangChain4j's
 * stream parsers skip an event whose handling throws (Ollama's client throws on a line that is not
 * JSON), which would assemble a reply with a piece missing, or none at all if the closing line was the
 * one lost; here that event ends the stream and fails the call at once.
 */
final class StrictStreamingHttpClient implements HttpClient {

    private final HttpClient delegate;

    private StrictStreamingHttpClient(HttpClient delegate) {
        this.delegate = delegate;
    }

    /** A builder of clients that build on {@code delegate}'s. */
    static HttpClientBuilder builder(HttpClientBuilder delegate) {
        return new Builder(delegate);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        return delegate.execute(request);
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        delegate.execute(request, parser, new StopAtUnreadableEvent(listener));
    }

    private record StopAtUnreadableEvent(ServerSentEventListener listener) implements ServerSentEventListener {

        @Override
        public void onOpen(SuccessfulHttpResponse response) {
            listener.onOpen(response);
        }

        @Override
        public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
            try {
                listener.onEvent(event, context);
            } catch (RuntimeException e) {
                context.parsingHandle().cancel();
                listener.onError(e);
            }
        }

        @Override
        public void onEvent(ServerSentEvent event) {
            listener.onEvent(event);
        }

        @Override
        public void onError(Throwable error) {
            listener.onError(error);
        }

        @Override
        public void onClose() {
            listener.onClose();
        }
    }

    private static final class Builder implements HttpClientBuilder {

        private final HttpClientBuilder delegate;

        private Builder(HttpClientBuilder delegate) {
            this.delegate = delegate;
        }

        @Override public Duration connectTimeout() { return delegate.connectTimeout(); }
        @Override public HttpClientBuilder connectTimeout(Duration timeout) { delegate.connectTimeout(timeout); return this; }
        @Override public Duration readTimeout() { return delegate.readTimeout(); }
        @Override public HttpClientBuilder readTimeout(Duration timeout) { delegate.readTimeout(timeout); return this; }

        @Override
        public HttpClient build() {
            return new StrictStreamingHttpClient(delegate.build());
        }
    }
}
