package dev.kefu.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.message.InboundMessage;
import dev.kefu.core.message.Reply;
import dev.kefu.core.message.ReplyType;
import dev.kefu.core.message.TurnAnalysis;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.privacy.PiiRedactor;
import dev.kefu.intents.Intent;
import dev.kefu.intents.entities.EntityExtractor;
import dev.kefu.kb.unanswered.QuestionGroup;
import dev.kefu.kb.unanswered.UnansweredLog;
import dev.kefu.kb.unanswered.UnansweredReason;
import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.sentiment.trend.SentimentTrend;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which turns count as unanswered, and why, with the engine's own result types. */
class UnansweredTurnRecorderTest {

    @TempDir
    Path dir;

    private UnansweredLog log;
    private UnansweredTurnRecorder recorder;

    @BeforeEach
    void start() {
        log = UnansweredLog.builder().directory(dir).build();
        recorder = new UnansweredTurnRecorder(log, new PiiRedactor(new EntityExtractor()));
    }

    private void turn(String conversation, String text, ReplyType reply, HandoffReason handoff) {
        InboundMessage message = new InboundMessage("web", "u-" + conversation, conversation, text, null, Instant.now());
        TurnResult result = new TurnResult(conversation, ConversationState.BOT, List.of(Reply.of(reply, "…")),
                new TurnAnalysis("zh-Hans", new Intent("none", 0), Sentiment.neutral(), SentimentTrend.start(), handoff));
        recorder.onTurn(message, result);
    }

    private Map<String, Set<UnansweredReason>> reasonsByExample() {
        return log.groups(100).stream().collect(Collectors.toMap(g -> g.examples().get(0), QuestionGroup::reasons));
    }

    @Test
    void recordsFallbacksAndUnansweredHandoffsWithPersonalDataMasked() {
        turn("c1", "我的手机13812345678能寄到火星吗", ReplyType.FALLBACK, null);
        turn("c2", "你们周末发货吗", ReplyType.HANDOFF, HandoffReason.REPEATED_FALLBACK);
        turn("c3", "转人工", ReplyType.HANDOFF, HandoffReason.USER_REQUEST);
        turn("c4", "我要投诉你们的快递员", ReplyType.HANDOFF, HandoffReason.COMPLAINT);
        turn("c5", "怎么退货", ReplyType.ANSWER, null);

        assertThat(reasonsByExample()).containsOnly(
                Map.entry("我的手机[PHONE]能寄到火星吗", Set.of(UnansweredReason.FALLBACK)),
                Map.entry("你们周末发货吗", Set.of(UnansweredReason.HANDOFF)));
    }

    @Test
    void countsChoicesAsIgnoredOnlyWhenTheNextMessageGetsNoAnswer() {
        turn("taken", "积分", ReplyType.SUGGESTIONS, null);
        turn("taken", "积分怎么用", ReplyType.ANSWER, null);
        turn("ignored", "会员卡", ReplyType.SUGGESTIONS, null);
        turn("ignored", "你们周末发货吗", ReplyType.FALLBACK, null);
        turn("left", "礼品卡", ReplyType.SUGGESTIONS, null);

        assertThat(reasonsByExample()).containsOnly(
                Map.entry("会员卡", Set.of(UnansweredReason.SUGGESTIONS_IGNORED)),
                Map.entry("你们周末发货吗", Set.of(UnansweredReason.FALLBACK)));
    }
}
