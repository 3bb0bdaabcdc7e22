package dev.kefu.intents.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kinds of entity a pattern alone recognizes, each with the group of the match that is the entity. */
enum PatternRecognizer implements Recognizer {

    EMAIL(EntityType.EMAIL, 0, "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}+@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,24}"),
    MAINLAND_MOBILE(EntityType.PHONE, 0, "(?<![0-9])(?:\\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])"),
    INTERNATIONAL_PHONE(EntityType.PHONE, 0, "(?<![0-9+])\\+[1-9][0-9]{0,2}(?:[ -]?\\(?[0-9]{1,4}\\)?){2,5}(?![0-9])"),
    ORDER_NUMBER(EntityType.ORDER_NUMBER, 1,
            "(?i)(?:订单号?|訂單號?|单号|單號|order\\s*(?:no\\.?|number|#|id)?)\\s*(?:is\\s+|是)?[:：#]?\\s*"
            + "((?=[A-Z0-9-]*[0-9])[A-Z0-9][A-Z0-9-]{5,29})");

    private final EntityType type;
    private final int group;
    private final Pattern pattern;

    PatternRecognizer(EntityType type, int group, String regex) {
        this.type = type;
        this.group = group;
        this.pattern = Pattern.compile(regex);
    }

    boolean matches(String text) {
        return pattern.matcher(text).matches();
    }

    @Override
    public void find(String text, List<Entity> out) {
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            out.add(new Entity(type, m.group(group), m.start(group), m.end(group)));
        }
    }
}
