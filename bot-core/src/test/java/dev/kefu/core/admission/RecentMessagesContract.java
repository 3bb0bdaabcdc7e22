package dev.kefu.core.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.message.Reply;
import dev.kefu.core.message.ReplyType;
import dev.kefu.core.message.TurnAnalysis;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.privacy.DataSubject;
import dev.kefu.core.privacy.PersonalRecords;
import dev.kefu.intents.Intent;
import dev.kefu.sentiment.polarity.Emotion;
import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.sentiment.trend.SentimentTrend;
import java.util.List;
import java.util.Set;
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

    /** Every record of recent messages can forget the results of a user's conversations, which hold the bot's replies to them. */
    @Test
    void forgetsTheResultsOfAForgottenUsersConversations() {
        RecentMessages recent = recentMessages();
        assertThat(recent).isInstanceOf(PersonalRecords.class);
        recent.claim("telegram:mine");
        recent.remember("telegram:mine", RESULT);
        recent.claim("telegram:in-progress");
        TurnResult theirs = new TurnResult("c2", RESULT.state(), RESULT.replies(), RESULT.analysis());
        recent.claim("telegram:theirs");
        recent.remember("telegram:theirs", theirs);

        int forgotten = ((PersonalRecords) recent).forget(new DataSubject("telegram", "u1", Set.of("c1"), Set.of("退貨")));

        assertThat(forgotten).isEqualTo(1);
        assertThat(recent.claim("telegram:mine")).isEmpty();
        assertThat(recent.claim("telegram:theirs")).contains(theirs);
        assertThatThrownBy(() -> recent.claim("telegram:in-progress")).isInstanceOf(MessageInProgressException.class);
    }
}
