package dev.kefu.app.channel;

import dev.kefu.app.channel.http.PlatformCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers forged or stale platform deliveries 401, and a delivery whose answer could not be sent
 * while the platform was down 503 with {@code Retry-After}, so that the platform delivers it again
 * (an expected outage, logged in one line); the other failures keep the API's handling.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChannelExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ChannelExceptionHandler.class);

    @ExceptionHandler(ForgedDeliveryException.class)
    ResponseEntity<ProblemDetail> forged(ForgedDeliveryException ex) {
        log.warn("refused a platform delivery: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage()));
    }

    @ExceptionHandler(PlatformCallException.class)
    ResponseEntity<ProblemDetail> platformDown(PlatformCallException ex) {
        log.warn("a delivery is left for the platform to send again: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "the answer could not be sent to the platform; deliver this message again"));
    }
}
