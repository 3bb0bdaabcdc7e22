package dev.kefu.core.llm;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The JDK's HTTP client, telling {@code onStatus} the status and the {@code Retry-After} header of
 * every response before LangChain4j reads it: LangChain4j's own exceptions keep the status but drop
 * the headers, and a provider's "come back in 20 s" must reach the circuit breaker.
 */
final class RetryAfterObservingHttpClient extends HttpClient {

    /** A response's status and its {@code Retry-After} header, if any. */
    record Status(int code, Optional<String> retryAfter) {
    }

    private final HttpClient delegate;
    private final Consumer<Status> onStatus;

    private RetryAfterObservingHttpClient(HttpClient delegate, Consumer<Status> onStatus) {
        this.delegate = delegate;
        this.onStatus = onStatus;
    }

    /** A builder of the JDK's client whose clients report to {@code onStatus}. */
    static HttpClient.Builder builder(Consumer<Status> onStatus) {
        return new ObservingBuilder(HttpClient.newBuilder(), Objects.requireNonNull(onStatus));
    }

    private <T> HttpResponse<T> observed(HttpResponse<T> response) {
        onStatus.accept(new Status(response.statusCode(), response.headers().firstValue("Retry-After")));
        return response;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return observed(delegate.send(request, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(request, handler).thenApply(this::observed);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushes) {
        return delegate.sendAsync(request, handler, pushes).thenApply(this::observed);
    }

    @Override public Optional<CookieHandler> cookieHandler() { return delegate.cookieHandler(); }
    @Override public Optional<Duration> connectTimeout() { return delegate.connectTimeout(); }
    @Override public Redirect followRedirects() { return delegate.followRedirects(); }
    @Override public Optional<ProxySelector> proxy() { return delegate.proxy(); }
    @Override public SSLContext sslContext() { return delegate.sslContext(); }
    @Override public SSLParameters sslParameters() { return delegate.sslParameters(); }
    @Override public Optional<Authenticator> authenticator() { return delegate.authenticator(); }
    @Override public Version version() { return delegate.version(); }
    @Override public Optional<Executor> executor() { return delegate.executor(); }

    private record ObservingBuilder(HttpClient.Builder delegate, Consumer<Status> onStatus) implements HttpClient.Builder {
        @Override public Builder cookieHandler(CookieHandler handler) { delegate.cookieHandler(handler); return this; }
        @Override public Builder connectTimeout(Duration timeout) { delegate.connectTimeout(timeout); return this; }
        @Override public Builder sslContext(SSLContext context) { delegate.sslContext(context); return this; }
        @Override public Builder sslParameters(SSLParameters parameters) { delegate.sslParameters(parameters); return this; }
        @Override public Builder executor(Executor executor) { delegate.executor(executor); return this; }
        @Override public Builder followRedirects(Redirect policy) { delegate.followRedirects(policy); return this; }
        @Override public Builder version(Version version) { delegate.version(version); return this; }
        @Override public Builder priority(int priority) { delegate.priority(priority); return this; }
        @Override public Builder proxy(ProxySelector selector) { delegate.proxy(selector); return this; }
        @Override public Builder authenticator(Authenticator authenticator) { delegate.authenticator(authenticator); return this; }

        @Override
        public HttpClient build() {
            return new RetryAfterObservingHttpClient(delegate.build(), onStatus);
        }
    }
}
