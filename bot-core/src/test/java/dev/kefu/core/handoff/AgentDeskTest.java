package dev.kefu.core.handoff;

import static dev.kefu.core.handoff.HandoffFixture.agent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.conversation.Transitions;
import dev.kefu.core.message.ReplyType;
import dev.kefu.core.message.TurnResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What agents do with conversations, through the real engine and journal: every change an event with actor and reason. */
class AgentDeskTest {

    @TempDir
    Path dir;
    private HandoffFixture handoff;
    private AgentDesk desk;

    @BeforeEach
    void start() {
        handoff = new HandoffFixture(dir, List.of(agent("alice", "zh en", "billing", 2), agent("bob", "zh", "", 1),
                agent("carol", "en", "complaints", 1)));
        desk = handoff.desk;
    }

    @AfterEach
    void stop() {
        handoff.close();
    }

    private List<ConversationEvent> events(String id) {
        return handoff.store.events(id);
    }

    private ConversationEvent last(String id) {
        List<ConversationEvent> events = events(id);
        return events.get(events.size() - 1);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"zh-Hans,人工客服 Alice 已接入，正在为您服务。", "zh-Hant,人工客服 Alice 已接入，正在為您服務。",
        "en,Alice has joined the conversation."})
    void anAgentClaimsAWaitingConversationAndTheCustomerIsToldInTheirScript(String language, String joined) {
        String id = handoff.queued("u1", language);
        assertThat(handoff.store.find(id).orElseThrow().state()).isEqualTo(ConversationState.QUEUED);

        Conversation claimed = desk.claim("alice", id);

        assertThat(claimed.state()).isEqualTo(ConversationState.AGENT);
        assertThat(claimed.assignee()).isEqualTo("alice");
        List<ConversationEvent> events = events(id);
        ConversationEvent change = events.get(events.size() - 2);
        assertThat(change.kind()).isEqualTo(EventKind.STATE_CHANGED);
        assertThat(change.actor()).isEqualTo("agent:alice");
        assertThat(change.data()).containsEntry("from", "QUEUED").containsEntry("to", "AGENT")
                .containsEntry("command", "ASSIGN").containsEntry("reason", AgentDesk.CLAIMED).containsEntry("agent", "alice");
        assertThat(last(id).kind()).isEqualTo(EventKind.BOT_REPLY);
        assertThat(last(id).text()).isEqualTo(joined);
        assertThat(handoff.waits.recent(10)).hasSize(1);
    }

    @Test
    void whileAnAgentHasItTheCustomersMessagesGoToTheAgentAndTheBotStaysSilent() {
        String id = handoff.queued("u1", "zh-Hans");
        desk.claim("alice", id);
        TurnResult turn = handoff.say("u1", "我的订单号是 A1234567，运费多少钱");
        assertThat(turn.conversationId()).isEqualTo(id);
        assertThat(turn.state()).isEqualTo(ConversationState.AGENT);
        assertThat(turn.replies()).isEmpty();
        assertThat(last(id).kind()).isEqualTo(EventKind.CUSTOMER_MESSAGE);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "请拨打 13812345678 联系我们|请拨打 [PHONE] 联系我们",
        "請寄到 help@example.com|請寄到 [EMAIL]",
        "Call me back on +44 20 7946 0958 please|Call me back on [PHONE] please"})
    void agentRepliesAreRedactedLikeCustomersText(String text, String stored) {
        String id = handoff.queued("u1", "en");
        desk.claim("alice", id);
        desk.send("alice", id, text);
        assertThat(last(id).kind()).isEqualTo(EventKind.AGENT_MESSAGE);
        assertThat(last(id).actor()).isEqualTo("agent:alice");
        assertThat(last(id).text()).isEqualTo(stored);
        assertThat(handoff.store.find(id).orElseThrow().transcript()).last()
                .extracting(Conversation.TranscriptLine::text).isEqualTo(stored);
    }

    @Test
    void onlyTheAgentWhoHasItRepliesAndNobodyRepliesBeforeClaiming() {
        String id = handoff.queued("u1", "zh-Hans");
        assertThatThrownBy(() -> desk.send("alice", id, "您好")).isInstanceOf(HandoffConflictException.class)
                .hasMessageContaining("claim it first");
        desk.claim("alice", id);
        int before = events(id).size();
        assertThatThrownBy(() -> desk.send("bob", id, "您好")).isInstanceOf(HandoffConflictException.class)
                .hasMessageContaining("with agent alice");
        assertThatThrownBy(() -> desk.send("alice", id, "  \n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> desk.send("mallory", id, "hi")).isInstanceOf(UnknownAgentException.class);
        assertThatThrownBy(() -> desk.send("alice", "no-such-conversation", "hi")).isInstanceOf(UnknownConversationException.class);
        assertThat(events(id)).hasSize(before);
    }

    @Test
    void notesAreForAgentsOnlyAndNeverInTheTranscript() {
        String id = handoff.queued("u1", "zh-Hant");
        desk.note("bob", id, "客戶很急，電話 13912345678");
        desk.claim("alice", id);
        ConversationView view = desk.read("alice", id);
        assertThat(view.notes()).singleElement().satisfies(note -> {
            assertThat(note.actor()).isEqualTo("agent:bob");
            assertThat(note.text()).isEqualTo("客戶很急，電話 [PHONE]");
            assertThat(note.kind().shownToCustomer()).isFalse();
        });
        assertThat(view.conversation().transcript()).extracting(Conversation.TranscriptLine::kind)
                .doesNotContain(EventKind.AGENT_NOTE);
        assertThat(handoff.reads).containsExactly("alice read " + id);
    }

    @Test
    void anAgentTransfersToAColleagueWhoIsToldToTheCustomer() {
        String id = handoff.queued("u1", "zh-Hans");
        desk.claim("alice", id);
        Conversation moved = desk.transferToAgent("alice", id, "bob");
        assertThat(moved.state()).isEqualTo(ConversationState.AGENT);
        assertThat(moved.assignee()).isEqualTo("bob");
        List<ConversationEvent> events = events(id);
        assertThat(events.subList(events.size() - 3, events.size())).extracting(e -> e.data("command"), ConversationEvent::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TRANSFER", "agent:alice"),
                        org.assertj.core.groups.Tuple.tuple("ASSIGN", "agent:alice"),
                        org.assertj.core.groups.Tuple.tuple(null, "bot"));
        assertThat(last(id).text()).contains("Bob");
        assertThatThrownBy(() -> desk.transferToAgent("alice", id, "bob")).isInstanceOf(HandoffConflictException.class);
        // bob is full (capacity 1): nobody can hand him another
        String other = handoff.queued("u2", "zh-Hans");
        desk.claim("alice", other);
        assertThatThrownBy(() -> desk.transferToAgent("alice", other, "bob")).isInstanceOf(HandoffConflictException.class)
                .hasMessageContaining("1 of 1");
        assertThatThrownBy(() -> desk.transferToAgent("alice", other, "alice")).isInstanceOf(HandoffConflictException.class);
        assertThatThrownBy(() -> desk.transferToAgent("alice", other, "nobody")).isInstanceOf(UnknownAgentException.class);
    }

    @Test
    void anAgentTransfersBackToTheQueueForASkillAndOnlySkilledAgentsGetIt() {
        String id = handoff.queued("u1", "en");
        desk.claim("carol", id);
        Conversation queued = desk.transferToSkill("carol", id, "billing");
        assertThat(queued.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(handoff.queue.ordered()).singleElement().extracting(QueuedConversation::skill).isEqualTo("billing");
        handoff.status.presence("carol", Presence.ONLINE);
        handoff.status.presence("bob", Presence.ONLINE);
        assertThat(handoff.dispatcher.dispatch()).isEmpty();
        handoff.status.presence("alice", Presence.ONLINE);
        assertThat(handoff.dispatcher.dispatch()).containsExactly(new Dispatcher.Assignment(id, "alice"));
        assertThatThrownBy(() -> desk.transferToSkill("alice", id, "astrology")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void returningToTheBotLetsItAnswerAgain() {
        String id = handoff.queued("u1", "zh-Hans");
        desk.claim("alice", id);
        Conversation back = desk.returnToBot("alice", id);
        assertThat(back.state()).isEqualTo(ConversationState.BOT);
        assertThat(back.assignee()).isNull();
        assertThat(last(id).text()).contains("智能客服");
        TurnResult turn = handoff.say("u1", "运费多少钱");
        assertThat(turn.conversationId()).isEqualTo(id);
        assertThat(turn.replies()).first().extracting(r -> r.type()).isIn(ReplyType.ANSWER, ReplyType.SUGGESTIONS);
    }

    @Test
    void resolvingClosesItAndTheNextMessageOpensANewConversation() {
        String id = handoff.queued("u1", "en");
        desk.claim("alice", id);
        Conversation resolved = desk.resolve("alice", id);
        assertThat(resolved.state()).isEqualTo(ConversationState.RESOLVED);
        assertThat(last(id).data()).containsEntry("reason", AgentDesk.RESOLVED).containsEntry("to", "RESOLVED");
        assertThat(handoff.say("u1", "hello").conversationId()).isNotEqualTo(id);
    }

    @Test
    void illegalMovesAreRefusedAndStoreNothing() {
        String id = handoff.queued("u1", "zh-Hans");
        desk.claim("alice", id);
        int before = events(id).size();
        assertThatThrownBy(() -> desk.claim("bob", id)).isInstanceOf(Transitions.IllegalTransitionException.class);
        assertThatThrownBy(() -> desk.resolve("bob", id)).isInstanceOf(HandoffConflictException.class);
        desk.resolve("alice", id);
        assertThatThrownBy(() -> desk.resolve("alice", id)).isInstanceOf(Transitions.IllegalTransitionException.class);
        assertThatThrownBy(() -> desk.returnToBot("alice", id)).isInstanceOf(Transitions.IllegalTransitionException.class);
        assertThatThrownBy(() -> desk.transferToSkill("alice", id, "billing")).isInstanceOf(Transitions.IllegalTransitionException.class);
        assertThat(events(id)).hasSize(before + 1);
        String botOnly = handoff.say("u2", "你好").conversationId();
        assertThatThrownBy(() -> desk.claim("alice", botOnly)).isInstanceOf(Transitions.IllegalTransitionException.class);
        assertThatThrownBy(() -> desk.claim("alice", "nope")).isInstanceOf(UnknownConversationException.class);
    }

    @Test
    void anAgentClaimsNoMoreThanTheirCapacity() {
        String first = handoff.queued("u1", "zh-Hans");
        String second = handoff.queued("u2", "zh-Hant");
        desk.claim("bob", first);
        assertThatThrownBy(() -> desk.claim("bob", second)).isInstanceOf(HandoffConflictException.class);
        assertThat(handoff.store.find(second).orElseThrow().state()).isEqualTo(ConversationState.QUEUED);
        assertThat(desk.loads()).containsEntry("bob", 1);
    }

    @Test
    void twoClaimsAtOnceGiveAnAgentWithOnePlaceLeftOnlyOne() throws Exception {
        List<String> waiting = List.of(handoff.queued("u1", "zh-Hans"), handoff.queued("u2", "zh-Hant"),
                handoff.queued("u3", "zh-Hans"), handoff.queued("u4", "zh-Hant"));
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService claims = java.util.concurrent.Executors.newFixedThreadPool(waiting.size());
        try {
            List<java.util.concurrent.Future<Boolean>> outcomes = new java.util.ArrayList<>();
            for (String id : waiting) {
                outcomes.add(claims.submit(() -> {
                    go.await();
                    try {
                        desk.claim("bob", id);
                        return true;
                    } catch (HandoffConflictException e) {
                        return false;
                    }
                }));
            }
            go.countDown();
            int claimed = 0;
            for (java.util.concurrent.Future<Boolean> outcome : outcomes) {
                claimed += outcome.get() ? 1 : 0;
            }
            assertThat(claimed).isEqualTo(1);
            assertThat(desk.loads()).containsEntry("bob", 1);
        } finally {
            claims.shutdownNow();
        }
    }
}
