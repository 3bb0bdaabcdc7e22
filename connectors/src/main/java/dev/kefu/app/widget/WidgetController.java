package dev.kefu.app.widget;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What {@code widget.js} needs before it starts: the server's defaults, and an identity for a new visitor. */
@RestController
class WidgetController {

    private final WidgetProperties properties;
    private final VisitorTokens tokens;

    WidgetController(WidgetProperties properties, VisitorTokens tokens) {
        this.properties = properties;
        this.tokens = tokens;
    }

    /** The defaults of {@code kefu.widget.*}; the embedding page's data attributes win. */
    record Defaults(String title, String greeting, String color, String position, String language,
                    long pollIntervalMs, List<String> languages) {
    }

    @GetMapping(path = "/api/v1/widget/config", produces = MediaType.APPLICATION_JSON_VALUE)
    Defaults config() {
        return new Defaults(properties.title(), properties.greeting(), properties.color(), properties.position(),
                properties.language(), properties.pollInterval().toMillis(), List.of("zh-CN", "zh-TW", "en"));
    }

    @PostMapping(path = "/api/v1/widget/visitors", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    VisitorTokens.Visitor newVisitor() {
        return tokens.issue();
    }
}
