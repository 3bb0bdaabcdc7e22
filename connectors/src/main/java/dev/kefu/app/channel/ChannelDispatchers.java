package dev.kefu.app.channel;

import dev.kefu.app.channel.etiquette.EtiquetteMessages;
import dev.kefu.app.channel.etiquette.GroupEtiquette;
import dev.kefu.app.channel.etiquette.GroupRules;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.policy.BotMessages;
import dev.kefu.core.privacy.PiiRedactor;
import dev.kefu.intents.entities.EntityExtractor;
import dev.kefu.sentiment.moderation.ModerationDetector;
import dev.kefu.text.detect.LanguageDetector;
import java.util.Map;

/**
 * Makes the {@link ChannelDispatcher} of each platform: the engine, state and detectors are shared,
 * the groups' etiquette is the platform's own configuration.
 */
public final class ChannelDispatchers {

    private final Engine engine;
    private final ChannelState state;
    private final EtiquetteMessages messages;
    private final BotMessages botMessages;
    private final EntityExtractor entities;
    private final ModerationDetector moderation;
    private final LanguageDetector languages;
    private final ChannelsProperties.Abuse abuse;

    ChannelDispatchers(Engine engine, ChannelState state, EtiquetteMessages messages, BotMessages botMessages,
                       EntityExtractor entities,
                       ModerationDetector moderation, LanguageDetector languages, ChannelsProperties.Abuse abuse) {
        this.engine = engine;
        this.state = state;
        this.messages = messages;
        this.botMessages = botMessages;
        this.entities = entities;
        this.moderation = moderation;
        this.languages = languages;
        this.abuse = abuse;
    }

    public ChannelDispatcher forGroups(Map<String, GroupRules> groups, GroupRules defaultRules) {
        GroupEtiquette etiquette = GroupEtiquette.builder().groups(groups).defaultRules(defaultRules)
                .entityExtractor(entities).moderationDetector(moderation).languageDetector(languages)
                .silenceAfter(abuse.strikes(), abuse.window(), abuse.silence()).build();
        return new ChannelDispatcher(engine, etiquette, messages, botMessages, new PiiRedactor(entities), state);
    }

    /** For a channel of private chats only (the web chat), where no group's etiquette applies. */
    public ChannelDispatcher forPrivateChats() {
        return forGroups(Map.of(), GroupRules.DEFAULT);
    }
}
