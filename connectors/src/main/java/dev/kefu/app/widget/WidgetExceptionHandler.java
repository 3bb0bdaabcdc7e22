package dev.kefu.app.widget;

import static dev.kefu.app.web.Problems.problem;

import dev.kefu.core.csat.CsatRejectedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The widget API's failures as RFC 9457 problems; the rest falls through to the general handler. */
@RestControllerAdvice(basePackageClasses = WidgetExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WidgetExceptionHandler {

    @ExceptionHandler(VisitorUnauthorizedException.class)
    ResponseEntity<ProblemDetail> unauthorized(VisitorUnauthorizedException ex) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kefu-visitor\"")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage()));
    }

    @ExceptionHandler(ConversationNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ConversationNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(CsatRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(CsatRejectedException ex) {
        HttpStatus status = switch (ex.reason()) {
            case INVALID_SCORE, COMMENT_TOO_LONG -> HttpStatus.BAD_REQUEST;
            case UNKNOWN_CONVERSATION -> HttpStatus.NOT_FOUND;
            case NOT_RESOLVED, ALREADY_RATED -> HttpStatus.CONFLICT;
        };
        ResponseEntity<ProblemDetail> response = problem(status, ex.getMessage());
        response.getBody().setProperty("reason", ex.reason().name());
        return response;
    }
}
