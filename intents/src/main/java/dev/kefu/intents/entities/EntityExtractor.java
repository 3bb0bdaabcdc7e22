package dev.kefu.intents.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses, phone numbers (mainland mobile and international), PRC resident ID
 * numbers (checksum verified), bank cards (Luhn verified) and order numbers. Checksums keep
 * ordinary long numbers from being taken for an ID or a card. Overlaps resolve to the earliest,
 * then longest, match. Thread-safe.
 */
public final class EntityExtractor {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,24}");
    private static final Pattern PRC_ID = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
    private static final Pattern BANK_CARD = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])");
    private static final Pattern CN_MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])");
    private static final Pattern INTL_PHONE = Pattern.compile("(?<![0-9+])\\+[1-9][0-9]{0,2}(?:[ -]?\\(?[0-9]{1,4}\\)?){2,5}(?![0-9])");
    private static final Pattern ORDER = Pattern.compile(
            "(?i)(?:订单号?|訂單號?|单号|單號|order\\s*(?:no\\.?|number|#|id)?)\\s*(?:is\\s+|是)?[:：#]?\\s*"
            + "((?=[A-Z0-9-]*[0-9])[A-Z0-9][A-Z0-9-]{5,29})");

    public List<Entity> extract(String text) {
        List<Entity> found = new ArrayList<>();
        find(EMAIL, EntityType.EMAIL, text, found);
        for (Matcher m = PRC_ID.matcher(text); m.find(); ) {
            if (isValidPrcId(m.group())) {
                found.add(new Entity(EntityType.PRC_ID, m.group(), m.start(), m.end()));
            }
        }
        for (Matcher m = BANK_CARD.matcher(text); m.find(); ) {
            String digits = m.group().replaceAll("[ -]", "");
            if (passesLuhn(digits) && !CN_MOBILE.matcher(m.group()).matches()) {
                found.add(new Entity(EntityType.BANK_CARD, digits, m.start(), m.end()));
            }
        }
        find(CN_MOBILE, EntityType.PHONE, text, found);
        find(INTL_PHONE, EntityType.PHONE, text, found);
        for (Matcher m = ORDER.matcher(text); m.find(); ) {
            found.add(new Entity(EntityType.ORDER_NUMBER, m.group(1), m.start(1), m.end(1)));
        }
        return withoutOverlaps(found);
    }

    private static void find(Pattern pattern, EntityType type, String text, List<Entity> found) {
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            found.add(new Entity(type, m.group(), m.start(), m.end()));
        }
    }

    private static List<Entity> withoutOverlaps(List<Entity> found) {
        found.sort(Comparator.comparingInt(Entity::start).thenComparing(e -> -(e.end() - e.start())));
        List<Entity> kept = new ArrayList<>();
        int end = -1;
        for (Entity e : found) {
            if (e.start() >= end) {
                kept.add(e);
                end = e.end();
            }
        }
        return kept;
    }

    /** GB 11643: weighted sum of the first 17 digits mod 11 gives the check character. */
    static boolean isValidPrcId(String id) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] checks = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * weights[i];
        }
        int month = Integer.parseInt(id.substring(10, 12));
        int day = Integer.parseInt(id.substring(12, 14));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31
                && Character.toUpperCase(id.charAt(17)) == checks[sum % 11];
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
