package dev.kefu.app.channel;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little Markdown the knowledge base's answers use (bold and links) rendered in a platform's
 * markup, with everything else escaped as the platform needs. Each platform passes its escape, its
 * bold and its link.
 */
public final class MarkdownLite {

    private static final Pattern SPANS = Pattern.compile("\\*\\*(.+?)\\*\\*|\\[([^\\]\\n]+)]\\((https?://[^)\\s]+)\\)");

    private final UnaryOperator<String> escape;
    private final UnaryOperator<String> bold;
    private final BinaryOperator<String> link;

    /**
     * Escapes {@code & < >} as entities: what Telegram's HTML and Slack's mrkdwn both require, and
     * all they require, of the text around the markup.
     */
    public static String escapeAngleBrackets(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** {@code bold} and {@code link} (text, url) receive escaped text. */
    public MarkdownLite(UnaryOperator<String> escape, UnaryOperator<String> bold, BinaryOperator<String> link) {
        this.escape = escape;
        this.bold = bold;
        this.link = link;
    }

    public String render(String markdown) {
        Matcher m = SPANS.matcher(markdown);
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        int last = 0;
        while (m.find()) {
            out.append(escape.apply(markdown.substring(last, m.start())));
            out.append(m.group(1) != null ? bold.apply(escape.apply(m.group(1)))
                    : link.apply(escape.apply(m.group(2)), escape.apply(m.group(3))));
            last = m.end();
        }
        return out.append(escape.apply(markdown.substring(last))).toString();
    }
}
