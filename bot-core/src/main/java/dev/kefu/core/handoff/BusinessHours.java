package dev.kefu.core.handoff;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When agents work, in the business's time zone: opening periods per day of the week and
 * holidays (whole days closed). With no periods configured the business is always open. Build it
 * with {@link #builder()}.
 */
public final class BusinessHours {

    /** Open every hour of every day. */
    public static final BusinessHours ALWAYS_OPEN = builder().zone(ZoneId.of("UTC")).build();

    private static final int DAYS_AHEAD = 400;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Period>> weekly;
    private final Set<LocalDate> holidays;

    private BusinessHours(Builder builder) {
        this.zone = builder.zone;
        Map<DayOfWeek, List<Period>> days = new EnumMap<>(DayOfWeek.class);
        builder.weekly.forEach((day, periods) -> days.put(day,
                periods.stream().sorted(Comparator.comparing(Period::opens)).toList()));
        this.weekly = days;
        this.holidays = Set.copyOf(builder.holidays);
    }

    public static Builder builder() {
        return new Builder();
    }

    public ZoneId zone() {
        return zone;
    }

    private boolean alwaysOpen() {
        return weekly.isEmpty();
    }

    public boolean isOpen(Instant at) {
        if (alwaysOpen()) {
            return true;
        }
        ZonedDateTime local = at.atZone(zone);
        if (holidays.contains(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return weekly.getOrDefault(local.getDayOfWeek(), List.of()).stream().anyMatch(p -> p.contains(time));
    }

    /**
     * When agents are next at work: {@code at} itself when open now, else the start of the next
     * opening period that is not on a holiday; empty when none comes within a year (e.g. no day configured has hours).
     */
    public Optional<ZonedDateTime> nextOpening(Instant at) {
        if (isOpen(at)) {
            return Optional.of(at.atZone(zone));
        }
        ZonedDateTime local = at.atZone(zone);
        for (int d = 0; d <= DAYS_AHEAD; d++) {
            LocalDate day = local.toLocalDate().plusDays(d);
            if (holidays.contains(day)) {
                continue;
            }
            for (Period period : weekly.getOrDefault(day.getDayOfWeek(), List.of())) {
                ZonedDateTime opens = day.atTime(period.opens()).atZone(zone);
                if (opens.isAfter(local)) {
                    return Optional.of(opens);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * How long the business was open between {@code from} and {@code to}: the wall-clock time when
     * always open, else the parts of the opening periods in between, holidays left out. A span longer
     * than 400 days counts its first 400 only; {@code to} before {@code from} gives zero.
     */
    public Duration openTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (alwaysOpen()) {
            return Duration.between(from, to);
        }
        Duration open = Duration.ZERO;
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = first; !day.isAfter(last) && day.isBefore(first.plusDays(DAYS_AHEAD)); day = day.plusDays(1)) {
            if (holidays.contains(day)) {
                continue;
            }
            for (Period period : weekly.getOrDefault(day.getDayOfWeek(), List.of())) {
                Instant opens = day.atTime(period.opens()).atZone(zone).toInstant();
                Instant closes = period.closes().equals(LocalTime.MIDNIGHT)
                        ? day.plusDays(1).atStartOfDay(zone).toInstant()
                        : day.atTime(period.closes()).atZone(zone).toInstant();
                Instant start = opens.isAfter(from) ? opens : from;
                Instant end = closes.isBefore(to) ? closes : to;
                if (end.isAfter(start)) {
                    open = open.plus(Duration.between(start, end));
                }
            }
        }
        return open;
    }

    /** An opening period of a day, from {@code opens} until {@code closes} (exclusive); {@code 00:00} as closing time means midnight. */
    public record Period(LocalTime opens, LocalTime closes) {
        public Period {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
            if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
                throw new IllegalArgumentException("a period must close after it opens: " + opens + "-" + closes);
            }
        }

        /** Parses {@code 09:00-18:00}. */
        public static Period parse(String text) {
            String[] parts = text.strip().split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("an opening period is HH:mm-HH:mm, not '" + text + "'");
            }
            return new Period(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        }

        boolean contains(LocalTime time) {
            return !time.isBefore(opens) && (closes.equals(LocalTime.MIDNIGHT) || time.isBefore(closes));
        }
    }

    /** Configures {@link BusinessHours}; the zone is required. */
    public static final class Builder {
        private ZoneId zone;
        private final Map<DayOfWeek, List<Period>> weekly = new EnumMap<>(DayOfWeek.class);
        private final Set<LocalDate> holidays = new HashSet<>();

        private Builder() {
        }

        public Builder zone(ZoneId zone) { this.zone = zone; return this; }

        /** Adds an opening period on {@code day}; a day with none is closed (once any day has hours). */
        public Builder open(DayOfWeek day, Period period) {
            weekly.computeIfAbsent(day, d -> new ArrayList<>()).add(period);
            return this;
        }

        /** A day closed all day, in the business's time zone. */
        public Builder holiday(LocalDate day) { holidays.add(day); return this; }

        public BusinessHours build() {
            Objects.requireNonNull(zone, "zone");
            return new BusinessHours(this);
        }
    }
}
