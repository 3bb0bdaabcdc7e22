package dev.kefu.app.widget;

import jakarta.validation.constraints.NotNull;

/** A visitor's rating: {@code score} 1–5, {@code comment} optional (checked by {@code CsatRating}). */
record CsatRequest(@NotNull Integer score, String comment) {
}
