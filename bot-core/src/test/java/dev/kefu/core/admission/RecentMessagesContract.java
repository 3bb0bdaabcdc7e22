package dev.kefu.core.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.message.Reply;
import dev.kefu.core.message.ReplyType;
import dev.kefu.core.message.TurnAnalysis;
import dev.kefu.core.message.TurnResult;
import dev.kefu.intents.Intent;
import dev.kefu.sentiment.polarity.Emotion;
import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.sentiment.trend.SentimentTrend;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link RecentMessages} does: one delivery of a message is handled, the others get its result. */
public abstract class RecentMessagesContract {

    /** A result with every part filled in, in Chinese, so that one kept elsewhere must come back whole. */
    protected static final TurnResult RESULT = new TurnResult("c1", ConversationState.QUEUED,
            List.of(new Reply(ReplyType.SUGGESTIONS, "您是想问：", null, List.of("退货政策", "運費")),
                    new Reply(ReplyType.HANDOFF, "正在为您转接人工客服", "faq-1", List.of())),
            new TurnAnalysis("zh-Hans", new Intent("ask_human", 0.987), new Sentiment(-0.25, Sentiment.Label.NEGATIVE, Emotion.FRUSTRATION),
                    SentimentTrend.start().next(new Sentiment(-0.5, Sentiment.Label.NEGATIVE, Emotion.ANGER)), HandoffReason.USER_REQUEST));

    /** A new, empty record of recent messages. */
    protected abstract RecentMessages recentMessages();

    @Test
    void theFirstClaimHandlesTheMessageAndLaterOnesGetItsResult() {
        RecentMessages recent = recentMessages();
        assertThat(recent.claim("telegram:1")).isEmpty();
        assertThatThrownBy(() -> recent.claim("telegram:1")).isInstanceOf(MessageInProgressException.class)
                .hasMessageContaining("telegram:1");
        assertThat(recent.claim("telegram:2")).isEmpty();
        recent.remember("telegram:1", RESULT);
        assertThat(recent.claim("telegram:1")).contains(RESULT);
        assertThat(recent.claim("telegram:1")).contains(RESULT);
    }

    @Test
    void aReleasedClaimLetsTheNextDeliveryHandleTheMessage() {
        RecentMessages recent = recentMessages();
        assertThat(recent.claim("slack:9")).isEmpty();
        recent.release("slack:9");
        assertThat(recent.claim("slack:9")).isEmpty();
    }
}
