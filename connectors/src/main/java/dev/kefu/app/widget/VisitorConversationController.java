package dev.kefu.app.widget;

import dev.kefu.app.web.InvalidInputException;
import dev.kefu.core.csat.CsatRating;
import dev.kefu.core.csat.CsatRecorder;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A visitor's own conversation, with their token ({@code Authorization: Bearer …}): the events
 * after the last one the widget rendered (its polling fallback and its resume), and the rating.
 */
@RestController
class VisitorConversationController {

    private static final String BEARER = "Bearer ";

    private final VisitorConversations conversations;
    private final CsatRecorder csat;

    VisitorConversationController(VisitorConversations conversations, CsatRecorder csat) {
        this.conversations = conversations;
        this.csat = csat;
    }

    @GetMapping(path = "/api/v1/chat/conversations/{id}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    EventsPage events(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                      @PathVariable String id, @RequestParam(defaultValue = "0") long after) {
        if (after < 0) {
            throw new InvalidInputException("after", "must be 0 or more");
        }
        return conversations.after(visitor(authorization), id, after);
    }

    /** Stores the rating; the widget sees it come back as a CSAT event. */
    @PostMapping(path = "/api/v1/chat/conversations/{id}/csat", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EventView rate(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                   @PathVariable String id, @Valid @RequestBody CsatRequest request) {
        String userId = visitor(authorization);
        conversations.owned(userId, id);
        CsatRating rating = new CsatRating(request.score(), request.comment());
        return EventView.of(csat.record(id, rating)).orElseThrow();
    }

    private String visitor(String authorization) {
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
        return conversations.visitor(bearer ? authorization.substring(BEARER.length()).strip() : null);
    }
}
