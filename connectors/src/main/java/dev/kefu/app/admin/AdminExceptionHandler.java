package dev.kefu.app.admin;

import static dev.kefu.app.web.Problems.problem;

import dev.kefu.app.web.Problems;
import dev.kefu.kb.catalog.CatalogStorageException;
import dev.kefu.kb.catalog.EntryExistsException;
import dev.kefu.kb.catalog.EntryNotFoundException;
import dev.kefu.kb.catalog.InvalidEntryException;
import dev.kefu.kb.catalog.VersionConflictException;
import dev.kefu.kb.io.FaqFormatException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The admin API's failures as RFC 9457 problems; the rest falls through to the general handler.
 * Lists of problems travel in the {@code problems} property.
 */
@RestControllerAdvice(basePackageClasses = AdminExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(AdminExceptionHandler.class);

    @ExceptionHandler(EntryNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(EntryNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(GroupNotFoundException.class)
    ResponseEntity<ProblemDetail> groupNotFound(GroupNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(EntryExistsException.class)
    ResponseEntity<ProblemDetail> exists(EntryExistsException ex) {
        return problem(HttpStatus.CONFLICT, ex.getMessage());
    }

    @ExceptionHandler(VersionConflictException.class)
    ResponseEntity<ProblemDetail> conflict(VersionConflictException ex) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, ex.getMessage());
        response.getBody().setProperty("currentVersion", ex.actual());
        return response;
    }

    @ExceptionHandler(InvalidEntryException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidEntryException ex) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, "the entry is not valid");
        response.getBody().setProperty("problems", ex.problems());
        return response;
    }

    @ExceptionHandler(FaqFormatException.class)
    ResponseEntity<ProblemDetail> badFile(FaqFormatException ex) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.UNPROCESSABLE_CONTENT,
                "the file was not imported; the knowledge base is unchanged");
        List<FaqFormatException.Problem> problems = ex.problems();
        response.getBody().setProperty("problems", problems);
        return response;
    }

    @ExceptionHandler(CatalogStorageException.class)
    ResponseEntity<ProblemDetail> storage(CatalogStorageException ex) {
        log.error("knowledge-base catalog storage failure", ex);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "the change was not stored; nothing changed");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        return Problems.unreadable(ex, "the body is not the JSON this request takes");
    }
}
