package dev.kefu.app.desk;

import dev.kefu.core.handoff.UnknownConversationException;
import dev.kefu.kb.catalog.InvalidEntryException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The desk's own failures as JSON problems; the rest goes to the application's general advice. */
@RestControllerAdvice(basePackageClasses = DeskExceptionHandler.class)
class DeskExceptionHandler {

    @ExceptionHandler(UnknownConversationException.class)
    ProblemDetail notFound(UnknownConversationException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(InvalidEntryException.class)
    ProblemDetail invalid(InvalidEntryException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    }
}
