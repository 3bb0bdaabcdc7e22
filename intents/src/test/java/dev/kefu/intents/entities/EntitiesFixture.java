package dev.kefu.intents.entities;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The fixed clock of the entity tests: Wednesday 2026-11-25, 10:00 in Shanghai. */
final class EntitiesFixture {

    static final Clock CLOCK = Clock.fixed(
            ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));

    private EntitiesFixture() {
    }
}
