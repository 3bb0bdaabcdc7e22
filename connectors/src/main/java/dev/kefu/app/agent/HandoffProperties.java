package dev.kefu.app.agent;

import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.handoff.Agent;
import dev.kefu.core.handoff.AssignmentStrategy;
import dev.kefu.core.handoff.BusinessHours;
import dev.kefu.core.handoff.SkillRouting;
import dev.kefu.core.handoff.Urgency;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code kefu.handoff.*} settings: the agents ({@code agents[0].id}, {@code .name},
 * {@code .languages}, {@code .skills}, {@code .capacity}), how conversations are assigned, the
 * business hours ({@code hours.monday=09:00-12:00,13:00-18:00}, a day not listed is closed; none
 * listed: always open) in {@code time-zone}, {@code holidays} (ISO days), the queue timeout, the
 * wait told while there are too few recent waits, how long callback contact details are kept,
 * how long an online agent may go unheard from before counting as offline ({@code presence-timeout}),
 * and which skill an intent or a handoff reason needs. Checked at start-up: a bad value stops it.
 */
@ConfigurationProperties("kefu.handoff")
public record HandoffProperties(
        @DefaultValue List<AgentSettings> agents,
        @DefaultValue("round-robin") String assignment,
        @DefaultValue("3") int defaultCapacity,
        @DefaultValue("UTC") String timeZone,
        @DefaultValue Map<String, String> hours,
        @DefaultValue List<LocalDate> holidays,
        @DefaultValue("10m") Duration timeout,
        @DefaultValue("3m") Duration defaultWait,
        @DefaultValue("7d") Duration callbackRetention,
        @DefaultValue("2s") Duration checkInterval,
        @DefaultValue("2m") Duration presenceTimeout,
        @DefaultValue Map<String, String> skillsByReason,
        @DefaultValue Map<String, String> skillsByIntent,
        @DefaultValue Map<String, Double> tagWeights) {

    /** One configured agent; {@code capacity} defaults to {@code default-capacity}. */
    public record AgentSettings(String id, String name, List<String> languages, List<String> skills, Integer capacity) {
    }

    public HandoffProperties {
        strategy(assignment);
        zone(timeZone);
        if (List.of(timeout, defaultWait, callbackRetention, checkInterval, presenceTimeout).stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("kefu.handoff timeout, default-wait, callback-retention, check-interval and presence-timeout must be positive");
        }
    }

    public List<Agent> agentList() {
        return agents.stream().map(a -> new Agent(a.id(), a.name(), new HashSet<>(a.languages() == null ? List.of() : a.languages()),
                new HashSet<>(a.skills() == null ? List.of() : a.skills()), a.capacity() == null ? defaultCapacity : a.capacity())).toList();
    }

    public AssignmentStrategy strategy() {
        return strategy(assignment);
    }

    private static AssignmentStrategy strategy(String name) {
        try {
            return AssignmentStrategy.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kefu.handoff.assignment must be round-robin or least-loaded, not " + name);
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("kefu.handoff.time-zone is not a time zone: " + id);
        }
    }

    public BusinessHours businessHours() {
        BusinessHours.Builder builder = BusinessHours.builder().zone(zone(timeZone));
        hours.forEach((day, periods) -> {
            DayOfWeek weekday;
            try {
                weekday = DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("kefu.handoff.hours." + day + ": not a day of the week");
            }
            for (String period : periods.split(",")) {
                if (!period.isBlank()) {
                    builder.open(weekday, BusinessHours.Period.parse(period));
                }
            }
        });
        holidays.forEach(builder::holiday);
        return builder.build();
    }

    public SkillRouting routing() {
        Map<HandoffReason, String> byReason = new EnumMap<>(HandoffReason.class);
        skillsByReason.forEach((reason, skill) -> byReason.put(HandoffReason.valueOf(reason.strip().toUpperCase(Locale.ROOT)
                .replace('-', '_')), skill.strip().toLowerCase(Locale.ROOT)));
        Map<String, String> byIntent = new HashMap<>();
        skillsByIntent.forEach((intent, skill) -> byIntent.put(intent, skill.strip().toLowerCase(Locale.ROOT)));
        return new SkillRouting(byReason, byIntent);
    }

    public Urgency urgency() {
        Urgency defaults = Urgency.DEFAULTS;
        return tagWeights.isEmpty() ? defaults : new Urgency(defaults.reasonWeights(), defaults.sentimentWeight(),
                defaults.pointsPerMinute(), tagWeights);
    }
}
