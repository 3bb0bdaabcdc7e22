package dev.kefu.app.agent;

import static dev.kefu.app.web.Problems.problem;

import dev.kefu.app.web.Problems;
import dev.kefu.core.conversation.Transitions;
import dev.kefu.core.handoff.HandoffConflictException;
import dev.kefu.core.handoff.UnknownAgentException;
import dev.kefu.core.handoff.UnknownConversationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The agent API's failures as RFC 9457 problems: 404 for an unknown conversation or agent, 409
 * for a move the conversation's state or assignment does not allow, 403 for an acting agent who
 * is not configured; the rest falls through to the general handler.
 */
@RestControllerAdvice(basePackageClasses = AgentExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AgentExceptionHandler {

    @ExceptionHandler({UnknownConversationException.class, UnknownAgentException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException ex) {
        return problem(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler({Transitions.IllegalTransitionException.class, HandoffConflictException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException ex) {
        return problem(HttpStatus.CONFLICT, ex.getMessage());
    }

    @ExceptionHandler(NotAnAgentException.class)
    ResponseEntity<ProblemDetail> forbidden(NotAnAgentException ex) {
        return problem(HttpStatus.FORBIDDEN, ex.getMessage());
    }

    /** Blank text after redaction, a skill nobody has. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalid(IllegalArgumentException ex) {
        return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        return Problems.unreadable(ex, "the body is not the JSON this request takes");
    }
}
