package dev.kefu.sentiment.moderation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Scores advertising and floods. Every spam term found adds its severity in points (low 1,
 * medium 2, high 3), and so do a link, a contact handle (加微信 abc123, telegram @x) and a flood
 * (one character twelve times, or a short chunk six times; heavy floods count 2). A link alone,
 * as a customer pastes an order page, stays low; 2–3 points are medium, 4 and more high.
 */
final class SpamSignals {

    private static final Pattern LINK = Pattern.compile(
            "https?://|www\\.|t\\.me/|(?<![a-z0-9])[a-z0-9-]{2,}\\.(com|net|org|cn|top|xyz|vip|cc|io|me|ly|info|biz|club|site|online|shop|link)(?![a-z0-9])");
    // folding has removed the colon or space between a Chinese keyword and the handle; a Latin keyword needs one, or digits
    private static final Pattern CONTACT = Pattern.compile(
            "(微信|薇信|威信|维信|v信|加v|加q|扣扣|企鹅|电报)(号|id)?(是|为)?:?[a-z0-9_-]{5,}"
            + "|(?<![a-z0-9])(vx|wx|qq|wechat|whatsapp|telegram|tg|line|signal|kik|snapchat)( id)? ?[:@] ?[a-z0-9_.-]{4,}"
            + "|(?<![a-z0-9])(vx|wx|qq|wechat|whatsapp|telegram|tg)( id)? ?\\+?[a-z_-]*[0-9][a-z0-9_-]{3,}");
    // punctuation floods (！！！！) are emphasis, not spam
    private static final Pattern SAME_CHARACTER = Pattern.compile("([^\\p{P}\\s])\\1{11,}");
    private static final Pattern SAME_CHUNK = Pattern.compile("([^\\p{P}\\s].{1,7}?)\\1{5,}");
    private static final int HEAVY_FLOOD = 40;

    private final Lexicon terms;

    SpamSignals(Lexicon terms) {
        this.terms = terms;
    }

    /** Scores terms, links and contacts in {@code folded}, floods in {@code text} (folding shortens them). */
    Moderation check(String folded, String text) {
        List<Lexicon.Hit> found = terms.all(folded);
        int points = found.stream().mapToInt(hit -> hit.term().severity().ordinal()).sum();
        StringBuilder cue = new StringBuilder(found.stream().map(Lexicon.Hit::text).collect(Collectors.joining(" + ")));
        points += signal(LINK.matcher(folded).find(), 1, "link", cue);
        points += signal(CONTACT.matcher(folded).find(), 1, "contact", cue);
        int flood = flood(text);
        points += signal(flood > 0, flood, "flood", cue);
        Severity severity = points <= 0 ? Severity.NONE : points == 1 ? Severity.LOW
                : points <= 3 ? Severity.MEDIUM : Severity.HIGH;
        return severity == Severity.NONE ? Moderation.clean() : new Moderation(Category.SPAM, severity, cue.toString());
    }

    private static int signal(boolean present, int points, String name, StringBuilder cue) {
        if (!present) {
            return 0;
        }
        cue.append(cue.isEmpty() ? "" : " + ").append(name);
        return points;
    }

    /** 0 without a flood, 1 for a flood, 2 for a heavy one. */
    private static int flood(String text) {
        int longest = Math.max(longestMatch(SAME_CHARACTER.matcher(text)), longestMatch(SAME_CHUNK.matcher(text)));
        return longest == 0 ? 0 : longest >= HEAVY_FLOOD ? 2 : 1;
    }

    private static int longestMatch(Matcher m) {
        int longest = 0;
        while (m.find()) {
            longest = Math.max(longest, m.end() - m.start());
        }
        return longest;
    }
}
