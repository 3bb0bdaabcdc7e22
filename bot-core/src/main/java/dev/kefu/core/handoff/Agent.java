package dev.kefu.core.handoff;

import dev.kefu.text.Language;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person who answers customers, as the business configures them: the languages they serve
 * ({@code zh-Hans}, {@code zh-Hant}, {@code en}; {@code zh} for both scripts), their skills (e.g.
 * {@code billing}) and how many conversations they take at once. Where they are and how busy
 * they are changes, and lives in an {@link AgentStatusStore}.
 */
public record Agent(String id, String name, Set<String> languages, Set<String> skills, int capacity) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public Agent {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an agent id is 1 to 64 letters, digits, '.', '_' or '-', not '" + id + "'");
        }
        name = name == null || name.isBlank() ? id : name;
        languages = languages == null ? Set.of() : languages.stream().map(Agent::languageOf)
                .collect(Collectors.toUnmodifiableSet());
        skills = skills == null ? Set.of() : skills.stream().map(s -> s.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("agent " + id + " serves no language");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("agent " + id + " must take at least one conversation, not " + capacity);
        }
    }

    private static String languageOf(String tag) {
        if (tag.strip().equalsIgnoreCase("zh")) {
            return "zh";
        }
        Language language = Language.fromTag(tag);
        if (language == Language.UNDETERMINED) {
            throw new IllegalArgumentException("unknown language '" + tag + "': use zh-Hans, zh-Hant, zh or en");
        }
        return language.tag();
    }

    /** Whether this agent serves a conversation in {@code languageTag}; any agent serves one of unknown language. */
    public boolean speaks(String languageTag) {
        Language language = Language.fromTag(languageTag);
        if (language == Language.UNDETERMINED) {
            return true;
        }
        return languages.contains(language.tag()) || (language.isChinese() && languages.contains("zh"));
    }

    /** Whether this agent has {@code skill}; a conversation that needs none suits everyone. */
    public boolean has(String skill) {
        return skill == null || skills.contains(skill);
    }
}
