package dev.kefu.app.agent;

/** The {@code X-Kefu-Agent} header names no configured agent, or another agent than the one acted on; answered 403. */
final class NotAnAgentException extends RuntimeException {
    NotAnAgentException(String message) {
        super(message);
    }
}
