package dev.kefu.core.summary;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.conversation.MessageSentiment;
import dev.kefu.core.message.ReplyType;
import dev.kefu.core.summary.ConversationSummary.Trend;
import dev.kefu.intents.Intent;
import dev.kefu.intents.entities.Entity;
import dev.kefu.intents.entities.EntityExtractor;
import dev.kefu.intents.entities.EntityType;
import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Summarizes a conversation for the agent who takes it, by extraction only: the customer's most
 * telling messages (those with entities, strong feelings, an intent, substance), the intents
 * read, the bot's answers, choices and misses, the mood and its trend, the entities and the
 * reason for the handoff. Reads the stored (redacted) events, so personal data appears only as
 * its kind, e.g. {@code [PHONE]}.
 */
public final class Summarizer {

    static final int KEY_MESSAGES = 3;
    static final int MAX_QUOTE = 120;
    private static final double TREND_STEP = 0.05;
    private static final Pattern MASK = Pattern.compile("\\[(EMAIL|PHONE|PRC_ID|BANK_CARD)]");
    private static final Set<String> SMALL_TALK = Set.of(Intent.GREET, Intent.THANKS, Intent.GOODBYE, Intent.AFFIRM,
            Intent.DENY);
    private static final Map<HandoffReason, String> ZH_REASONS = new EnumMap<>(Map.of(
            HandoffReason.USER_REQUEST, "客户要求人工", HandoffReason.NEGATIVE_SENTIMENT, "客户情绪激动",
            HandoffReason.SENTIMENT_TREND, "客户情绪持续变差", HandoffReason.REPEATED_FALLBACK, "机器人多次无法回答",
            HandoffReason.COMPLEX_INTENT, "问题复杂", HandoffReason.SENSITIVE_DATA, "涉及敏感信息",
            HandoffReason.ABUSE, "辱骂或不当言论", HandoffReason.COMPLAINT, "投诉"));
    private static final Map<EntityType, String> ZH_ENTITIES = new EnumMap<>(Map.of(
            EntityType.ORDER_NUMBER, "订单号", EntityType.MONEY, "金额", EntityType.DATE, "日期",
            EntityType.PHONE, "手机号", EntityType.EMAIL, "邮箱", EntityType.PRC_ID, "身份证号", EntityType.BANK_CARD, "银行卡号"));

    private final EntityExtractor extractor;
    private final ChineseScript script;

    public Summarizer(EntityExtractor extractor, ChineseScript script) {
        this.extractor = extractor;
        this.script = script;
    }

    public ConversationSummary summarize(Conversation conversation, List<ConversationEvent> events) {
        Set<String> intents = new LinkedHashSet<>();
        Set<String> answered = new LinkedHashSet<>();
        Set<String> entities = new LinkedHashSet<>();
        List<Candidate> said = new ArrayList<>();
        int suggestions = 0;
        int fallbacks = 0;
        for (ConversationEvent event : events) {
            if (event.kind() == EventKind.CUSTOMER_MESSAGE && event.text() != null) {
                String intent = event.data("intent");
                if (intent != null && !intent.equals(Intent.NONE)) {
                    intents.add(intent);
                }
                List<String> found = entitiesIn(event.text());
                entities.addAll(found);
                double feeling = MessageSentiment.of(event).map(s -> Math.max(0, -s.score())).orElse(0.0);
                said.add(new Candidate(said.size(), event.text(), weight(event.text(), intent, found.size(), feeling)));
            } else if (event.kind() == EventKind.BOT_REPLY) {
                String type = event.data("type");
                if (ReplyType.ANSWER.wireName().equals(type) && event.data("faqId") != null) {
                    answered.add(event.data("faqId"));
                } else if (ReplyType.SUGGESTIONS.wireName().equals(type)) {
                    suggestions++;
                } else if (ReplyType.FALLBACK.wireName().equals(type)) {
                    fallbacks++;
                }
            }
        }
        List<String> key = said.stream().filter(c -> c.weight > 0)
                .sorted(Comparator.comparingDouble((Candidate c) -> -c.weight).thenComparingInt(c -> c.order))
                .limit(KEY_MESSAGES).sorted(Comparator.comparingInt(c -> c.order))
                .map(c -> quote(c.text)).toList();
        double mean = conversation.sentimentTrend().mean();
        double change = mean - conversation.sentimentTrend().previousMean();
        Trend trend = conversation.sentimentTrend().messages() < 2 || Math.abs(change) < TREND_STEP ? Trend.STEADY
                : change < 0 ? Trend.WORSENING : Trend.IMPROVING;
        Language language = Language.fromTag(conversation.language());
        ConversationSummary parts = new ConversationSummary(language == Language.UNDETERMINED ? Language.EN.tag()
                : language.tag(), conversation.handoffReason(), List.copyOf(intents), List.copyOf(answered), suggestions,
                fallbacks, Math.round(mean * 100) / 100.0, trend, List.copyOf(entities), key, "");
        return new ConversationSummary(parts.language(), parts.handoffReason(), parts.intents(), parts.answeredFaqIds(),
                parts.suggestionsOffered(), parts.fallbacks(), parts.sentiment(), parts.trend(), parts.entities(),
                parts.keyMessages(), language.isChinese() ? chinese(parts, language) : english(parts));
    }

    /** Entities as "KIND value" (order numbers, amounts, dates) or just "KIND" for masked personal data. */
    private List<String> entitiesIn(String redacted) {
        List<String> found = new ArrayList<>();
        for (Entity entity : extractor.extract(redacted)) {
            if (!entity.type().isPersonal()) {
                found.add(entity.type().name() + " " + entity.value());
            }
        }
        Matcher masks = MASK.matcher(redacted);
        while (masks.find()) {
            found.add(masks.group(1));
        }
        return found;
    }

    private static double weight(String text, String intent, int entities, double negativity) {
        String trimmed = text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) < 2 || (intent != null && SMALL_TALK.contains(intent) && entities == 0)) {
            return 0;
        }
        double weight = 2.0 * entities + 2.0 * negativity + Math.min(1.0, trimmed.length() / 40.0);
        return intent != null && !intent.equals(Intent.NONE) ? weight + 1 : weight;
    }

    private static String quote(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_QUOTE ? flat : flat.substring(0, MAX_QUOTE) + "…";
    }

    private String chinese(ConversationSummary s, Language language) {
        StringBuilder out = new StringBuilder();
        if (s.handoffReason() != null) {
            out.append("转人工原因：").append(ZH_REASONS.get(s.handoffReason())).append("。");
        }
        if (!s.intents().isEmpty()) {
            out.append("识别意图：").append(String.join("、", s.intents())).append("。");
        }
        out.append("机器人：");
        out.append(s.answeredFaqIds().isEmpty() ? "未给出答案" : "已回答 " + String.join("、", s.answeredFaqIds()));
        out.append(String.format(Locale.ROOT, "，提供候选 %d 次，未能回答 %d 次。", s.suggestionsOffered(), s.fallbacks()));
        out.append(String.format(Locale.ROOT, "情绪：%s（%.2f），趋势：%s。", s.sentiment() <= -0.2 ? "负面"
                : s.sentiment() >= 0.2 ? "正面" : "中性", s.sentiment(),
                switch (s.trend()) { case WORSENING -> "变差"; case IMPROVING -> "好转"; case STEADY -> "平稳"; }));
        if (!s.entities().isEmpty()) {
            out.append("提及：").append(s.entities().stream().map(Summarizer::chineseEntity).collect(Collectors.joining("、")))
                    .append("。");
        }
        String labels = language == Language.ZH_HANT ? script.toTraditional(out.toString()) : out.toString();
        if (s.keyMessages().isEmpty()) {
            return labels;
        }
        String heading = language == Language.ZH_HANT ? script.toTraditional("客户要点：") : "客户要点：";
        return labels + heading + s.keyMessages().stream().map(m -> "“" + m + "”").collect(Collectors.joining("；"));
    }

    private static String chineseEntity(String entity) {
        int space = entity.indexOf(' ');
        EntityType type = EntityType.valueOf(space < 0 ? entity : entity.substring(0, space));
        return space < 0 ? ZH_ENTITIES.get(type) + "（已隐藏）" : ZH_ENTITIES.get(type) + " " + entity.substring(space + 1);
    }

    private static String english(ConversationSummary s) {
        StringBuilder out = new StringBuilder();
        if (s.handoffReason() != null) {
            out.append("Handed off: ").append(s.handoffReason().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(". ");
        }
        if (!s.intents().isEmpty()) {
            out.append("Intents: ").append(String.join(", ", s.intents())).append(". ");
        }
        out.append("Bot: ").append(s.answeredFaqIds().isEmpty() ? "gave no answer" : "answered " + String.join(", ", s.answeredFaqIds()));
        out.append(String.format(Locale.ROOT, ", offered choices %d×, could not answer %d×. ", s.suggestionsOffered(), s.fallbacks()));
        out.append(String.format(Locale.ROOT, "Sentiment: %s (%.2f), %s. ", s.sentiment() <= -0.2 ? "negative"
                : s.sentiment() >= 0.2 ? "positive" : "neutral", s.sentiment(), s.trend().name().toLowerCase(Locale.ROOT)));
        if (!s.entities().isEmpty()) {
            out.append("Mentioned: ").append(s.entities().stream().map(Summarizer::englishEntity)
                    .collect(Collectors.joining(", "))).append(". ");
        }
        if (!s.keyMessages().isEmpty()) {
            out.append("Customer said: ").append(s.keyMessages().stream().map(m -> "\"" + m + "\"")
                    .collect(Collectors.joining("; "))).append('.');
        }
        return out.toString().strip();
    }

    private static String englishEntity(String entity) {
        int space = entity.indexOf(' ');
        String kind = (space < 0 ? entity : entity.substring(0, space)).toLowerCase(Locale.ROOT).replace('_', ' ');
        return space < 0 ? kind + " (masked)" : kind + " " + entity.substring(space + 1);
    }

    private record Candidate(int order, String text, double weight) {
    }
}
