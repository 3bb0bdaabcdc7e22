package dev.kefu.app.widget;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code kefu.widget.*} settings: the defaults of the chat widget, which a page's
 * {@code data-*} attributes override, and its visitor tokens. {@code title} and {@code greeting}
 * left empty use the widget's own text in the visitor's language. {@code color}: the accent
 * (buttons, the visitor's bubbles), white text must read on it. {@code position}: {@code right} or
 * {@code left}. {@code language}: {@code auto} (from the browser), {@code zh-CN}, {@code zh-TW} or
 * {@code en}. {@code token-secret}: the HMAC key of visitor tokens; unset, one is generated and
 * kept in {@code <data-dir>/widget-secret}. {@code token-ttl}: how long a visitor keeps an identity.
 * {@code poll-interval}: how often the widget asks for news when WebSocket is not available.
 * {@code allowed-origins}: the sites that may embed the widget ({@code *}: any).
 */
@ConfigurationProperties("kefu.widget")
public record WidgetProperties(
        @DefaultValue("") String title,
        @DefaultValue("") String greeting,
        @DefaultValue("#0b57d0") String color,
        @DefaultValue("right") String position,
        @DefaultValue("auto") String language,
        String tokenSecret,
        @DefaultValue("30d") Duration tokenTtl,
        @DefaultValue("3s") Duration pollInterval,
        @DefaultValue("*") List<String> allowedOrigins) {

    public WidgetProperties {
        if (!position.equals("right") && !position.equals("left")) {
            throw new IllegalArgumentException("kefu.widget.position must be right or left, not " + position);
        }
        if (!List.of("auto", "zh-CN", "zh-TW", "en").contains(language)) {
            throw new IllegalArgumentException("kefu.widget.language must be auto, zh-CN, zh-TW or en, not " + language);
        }
        if (!color.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("kefu.widget.color must be #rrggbb, not " + color);
        }
    }
}
