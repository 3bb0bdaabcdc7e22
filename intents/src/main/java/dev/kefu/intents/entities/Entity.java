package dev.kefu.intents.entities;

/** An entity found in a text, at {@code [start, end)}. */
public record Entity(EntityType type, String value, int start, int end) {
}
