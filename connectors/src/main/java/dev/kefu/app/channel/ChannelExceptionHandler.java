package dev.kefu.app.channel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers forged or stale platform deliveries 401 with a JSON problem; the other failures keep the API's handling. */
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
}
