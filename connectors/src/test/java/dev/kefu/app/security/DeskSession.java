package dev.kefu.app.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A browser-like client of the running service: it keeps the session cookie and sends the CSRF token when asked to. */
final class DeskSession {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private String csrfHeader;
    private String csrfToken;

    DeskSession(String base) {
        this.base = base;
    }

    /** Reads the session's CSRF token, as the desk page does first; answers who is signed in, if anyone. */
    JsonNode session() throws Exception {
        JsonNode session = JSON.readTree(get("/desk/api/session").body());
        csrfHeader = session.get("csrfHeader").asString();
        csrfToken = session.get("csrfToken").asString();
        return session;
    }

    /** Signs in through the form login with the CSRF token; the status of the sign-in. */
    int signIn(String username, String password) throws Exception {
        session();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        int status = send(request("/desk/login", true).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
        session(); // the token changes with the session at sign-in
        return status;
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path, false).GET());
    }

    HttpResponse<String> post(String path, Object body, boolean withCsrf) throws Exception {
        return send(request(path, withCsrf).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
    }

    HttpResponse<String> put(String path, Object body, boolean withCsrf) throws Exception {
        return send(request(path, withCsrf).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
    }

    HttpResponse<String> delete(String path, boolean withCsrf) throws Exception {
        return send(request(path, withCsrf).DELETE());
    }

    /** Posts {@code content} as the part {@code file} of a form, as a browser uploads a file. */
    HttpResponse<String> upload(String path, String fileName, String content, boolean withCsrf) throws Exception {
        String boundary = "kefu-" + System.nanoTime();
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send(request(path, withCsrf).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
    }

    /** Opens a WebSocket with the session's cookie, as a page of {@code origin} would; completes exceptionally when the upgrade is refused. */
    CompletableFuture<WebSocket> webSocket(String path, String origin, WebSocket.Listener listener) {
        return http.newWebSocketBuilder().header("Origin", origin)
                .buildAsync(URI.create(base.replaceFirst("^http", "ws") + path), listener);
    }

    private HttpRequest.Builder request(String path, boolean withCsrf) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (withCsrf) {
            builder.header(csrfHeader, csrfToken);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
