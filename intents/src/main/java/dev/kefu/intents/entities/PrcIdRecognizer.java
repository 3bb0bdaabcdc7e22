package dev.kefu.intents.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds PRC resident ID numbers whose birth month, day and GB 11643 check character are valid. */
final class PrcIdRecognizer implements Recognizer {

    private static final Pattern PRC_ID = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECKS = "10X98765432";

    @Override
    public void find(String text, List<Entity> out) {
        for (Matcher m = PRC_ID.matcher(text); m.find(); ) {
            if (isValid(m.group())) {
                out.add(new Entity(EntityType.PRC_ID, m.group(), m.start(), m.end()));
            }
        }
    }

    /** GB 11643: the weighted sum of the first 17 digits mod 11 gives the check character. */
    private static boolean isValid(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        int month = Integer.parseInt(id.substring(10, 12));
        int day = Integer.parseInt(id.substring(12, 14));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31
                && Character.toUpperCase(id.charAt(17)) == CHECKS.charAt(sum % 11);
    }
}
