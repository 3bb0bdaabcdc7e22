package dev.kefu.app.channel;

/** How the connectors' properties read their values: blanks are unset, and secrets never show. */
public final class SettingValues {

    private SettingValues() {
    }

    /** The stripped value, or null when it is missing or blank (an unset environment variable). */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What a {@code toString()} shows of a secret: whether it is set, never the value. */
    public static String masked(String secret) {
        return secret == null ? "unset" : "***";
    }
}
