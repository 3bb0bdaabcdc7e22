package dev.kefu.app.channel.etiquette;

import dev.kefu.app.channel.Addressing;
import dev.kefu.app.channel.ChannelMessage;
import dev.kefu.app.channel.ChatContext;
import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.message.TurnResult;
import dev.kefu.intents.Intent;
import dev.kefu.intents.entities.EntityExtractor;
import dev.kefu.intents.entities.EntityType;
import dev.kefu.sentiment.moderation.Moderation;
import dev.kefu.sentiment.moderation.ModerationDetector;
import dev.kefu.text.Language;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.normalize.TextNormalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the bot behaves in a group, the same on every platform, the way a good human moderator would:
 * it speaks when spoken to (as the group's {@link GroupRules} say), takes personal data and
 * complaints to a private chat, and tells the moderators of abuse instead of answering it, ignoring
 * for a while a member who keeps at it. Private chats are answered as they come. Build it with
 * {@link #builder()}.
 */
public final class GroupEtiquette {

    private static final Set<HandoffReason> PRIVATE_REASONS = Set.of(HandoffReason.COMPLAINT, HandoffReason.SENSITIVE_DATA);

    private final Map<String, GroupRules> groups;
    private final GroupRules defaultRules;
    private final EntityExtractor entities;
    private final ModerationDetector moderation;
    private final LanguageDetector languages;
    private final AbuseSilencer silencer;

    private GroupEtiquette(Builder builder) {
        this.groups = Map.copyOf(builder.groups);
        this.defaultRules = builder.defaultRules;
        this.entities = builder.entities;
        this.moderation = builder.moderation;
        this.languages = builder.languages;
        this.silencer = new AbuseSilencer(builder.strikes, builder.strikeWindow, builder.silence, builder.clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Decides what becomes of a message of {@code channel} before any turn is taken. */
    public Screening screen(String channel, ChannelMessage message) {
        ChatContext chat = message.chat();
        String text = TextNormalizer.normalize(message.message().text());
        Language language = languageOf(text);
        if (!chat.group()) {
            return new Screening(Screening.Action.ANSWER, Moderation.clean(), language, false);
        }
        String member = channel + ":" + chat.replyTo().chatId() + ":" + chat.senderId();
        if (silencer.silenced(member)) {
            return new Screening(Screening.Action.IGNORE, Moderation.clean(), language, false);
        }
        Moderation found = moderation.check(text);
        if (found.flagged()) {
            return new Screening(Screening.Action.FLAG, found, language, silencer.strike(member));
        }
        if (!addressed(chat)) {
            return new Screening(Screening.Action.IGNORE, found, language, false);
        }
        boolean personal = entities.extract(text).stream()
                .anyMatch(e -> e.type().isPersonal() || e.type() == EntityType.ORDER_NUMBER);
        return new Screening(personal ? Screening.Action.PRIVATE : Screening.Action.ANSWER, found, language, false);
    }

    /** Whether the engine's answer to a group message belongs in a private chat: a complaint, or data it handed off as sensitive. */
    public boolean movesToPrivate(TurnResult result) {
        HandoffReason reason = result.analysis().handoffReason();
        return reason != null && PRIVATE_REASONS.contains(reason)
                || Intent.COMPLAINT.equals(result.analysis().intent().name());
    }

    public GroupRules rules(String chatId) {
        return groups.getOrDefault(chatId, defaultRules);
    }

    /** How long a member who keeps being abusive is ignored. */
    public Duration silence() {
        return silencer.silence();
    }

    private boolean addressed(ChatContext chat) {
        Set<AnswerWhen> when = rules(chat.replyTo().chatId()).answerWhen();
        return when.contains(AnswerWhen.ALL)
                || chat.addressing() == Addressing.MENTION && when.contains(AnswerWhen.MENTION)
                || chat.addressing() == Addressing.REPLY && when.contains(AnswerWhen.REPLY)
                || chat.addressing() == Addressing.COMMAND && when.contains(AnswerWhen.COMMAND);
    }

    private Language languageOf(String text) {
        Language language = languages.detect(text).language();
        return language == Language.UNDETERMINED ? Language.EN : language;
    }

    /**
     * Configures a {@link GroupEtiquette}. The detectors are required; by default a group not listed
     * follows {@link GroupRules#DEFAULT}, and three flagged messages within ten minutes silence a
     * member for thirty.
     */
    public static final class Builder {
        private final Map<String, GroupRules> groups = new HashMap<>();
        private GroupRules defaultRules = GroupRules.DEFAULT;
        private EntityExtractor entities;
        private ModerationDetector moderation;
        private LanguageDetector languages;
        private int strikes = 3;
        private Duration strikeWindow = Duration.ofMinutes(10);
        private Duration silence = Duration.ofMinutes(30);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The rules of groups by their platform chat id. */
        public Builder groups(Map<String, GroupRules> groups) { this.groups.putAll(groups); return this; }
        public Builder defaultRules(GroupRules rules) { this.defaultRules = rules; return this; }
        public Builder entityExtractor(EntityExtractor extractor) { this.entities = extractor; return this; }
        public Builder moderationDetector(ModerationDetector detector) { this.moderation = detector; return this; }
        public Builder languageDetector(LanguageDetector detector) { this.languages = detector; return this; }
        /** {@code strikes} flagged messages within {@code window} silence a member for {@code silence}. */
        public Builder silenceAfter(int strikes, Duration window, Duration silence) {
            this.strikes = strikes;
            this.strikeWindow = window;
            this.silence = silence;
            return this;
        }
        public Builder clock(Clock clock) { this.clock = clock; return this; }

        public GroupEtiquette build() {
            Objects.requireNonNull(entities, "entityExtractor");
            Objects.requireNonNull(moderation, "moderationDetector");
            Objects.requireNonNull(languages, "languageDetector");
            Objects.requireNonNull(defaultRules, "defaultRules");
            return new GroupEtiquette(this);
        }
    }
}
