package dev.kefu.core.handoff;

import dev.kefu.core.conversation.HandoffReason;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which skill a waiting conversation needs, from the customer's last intent (e.g. {@code
 * refund_request} → {@code billing}) or else from the handoff reason (e.g. {@code COMPLAINT} →
 * {@code complaints}); none when neither is configured, and then any agent of its language suits.
 */
public record SkillRouting(Map<HandoffReason, String> byReason, Map<String, String> byIntent) {

    public static final SkillRouting NONE = new SkillRouting(Map.of(), Map.of());

    public SkillRouting {
        byReason = byReason.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byReason));
        byIntent = Map.copyOf(byIntent);
    }

    /** The skill needed, or null. */
    public String skillFor(HandoffReason reason, String intent) {
        String skill = intent == null ? null : byIntent.get(intent);
        if (skill == null && reason != null) {
            skill = byReason.get(reason);
        }
        return skill;
    }
}
