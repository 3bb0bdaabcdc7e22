package dev.kefu.intents.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds bank card numbers of 13 to 19 digits, grouped or not, that pass the Luhn check; the value is the bare digits. */
final class BankCardRecognizer implements Recognizer {

    private static final Pattern BANK_CARD = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])");

    @Override
    public void find(String text, List<Entity> out) {
        for (Matcher m = BANK_CARD.matcher(text); m.find(); ) {
            String digits = m.group().replaceAll("[ -]", "");
            if (passesLuhn(digits) && !PatternRecognizer.MAINLAND_MOBILE.matches(m.group())) {
                out.add(new Entity(EntityType.BANK_CARD, digits, m.start(), m.end()));
            }
        }
    }

    private static boolean passesLuhn(String digits) {
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
