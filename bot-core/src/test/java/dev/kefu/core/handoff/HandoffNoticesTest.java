package dev.kefu.core.handoff;

import static dev.kefu.core.handoff.HandoffFixture.agent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.message.Reply;
import dev.kefu.core.message.ReplyType;
import dev.kefu.core.message.TurnResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a waiting customer is told, in their script; business hours; timeouts and callback requests. */
class HandoffNoticesTest {

    /** Weekdays 09:00–18:00 in Shanghai, National Day closed. */
    private static final BusinessHours HOURS = weekdays();

    @TempDir
    Path dir;
    private HandoffFixture handoff;

    private static BusinessHours weekdays() {
        BusinessHours.Builder builder = BusinessHours.builder().zone(ZoneId.of("Asia/Shanghai"))
                .holiday(LocalDate.parse("2026-10-01"));
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            builder.open(day, BusinessHours.Period.parse("09:00-18:00"));
        }
        return builder.build();
    }

    private HandoffFixture start(BusinessHours hours) {
        handoff = new HandoffFixture(dir, List.of(agent("alice", "zh en", "", 2)), hours, AssignmentStrategy.ROUND_ROBIN,
                SkillRouting.NONE);
        return handoff;
    }

    @AfterEach
    void stop() {
        handoff.close();
    }

    private static Reply notice(TurnResult turn) {
        return turn.replies().get(turn.replies().size() - 1);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "转人工|有人吗|您目前排在第 1 位，预计等待约 3 分钟。|您目前排在第 2 位，预计等待约 6 分钟。",
        "轉人工|有人嗎|您目前排在第 1 位，預計等待約 3 分鐘。|您目前排在第 2 位，預計等待約 6 分鐘。",
        "talk to a human|hello?|You are number 1 in the queue; the expected wait is about 3 min.|You are number 2 in the queue; the expected wait is about 6 min."})
    void tellsThePositionAndTheExpectedWaitInTheCustomersScript(String ask, String again, String first, String second) {
        start(HOURS);
        handoff.status.presence("alice", Presence.ONLINE);
        TurnResult one = handoff.say("u1", ask);
        assertThat(one.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(one.replies()).extracting(Reply::type).containsExactly(ReplyType.HANDOFF, ReplyType.SYSTEM);
        assertThat(notice(one).text()).isEqualTo(first);
        handoff.clock.advance(Duration.ofSeconds(1));
        assertThat(notice(handoff.say("u2", ask)).text()).isEqualTo(second);
        // the stored events say the same as the reply
        List<ConversationEvent> events = handoff.store.events(one.conversationId());
        assertThat(events.get(events.size() - 1).text()).isEqualTo(first);
        // writing while waiting tells the place again
        assertThat(notice(handoff.say("u2", again)).text()).isEqualTo(second);
    }

    @Test
    void aVipJumpsAheadAndIsToldSo() {
        start(HOURS);
        handoff.status.presence("alice", Presence.ONLINE);
        handoff.say("u1", "talk to a human");
        handoff.clock.advance(Duration.ofSeconds(1));
        TurnResult vip = handoff.say("u2", "转人工", Set.of("VIP"));
        assertThat(notice(vip).text()).startsWith("您目前排在第 1 位");
        assertThat(handoff.queue.ordered().get(0).tags()).containsExactly("vip");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "转人工|现在是非工作时间，人工客服将于 10月2日 星期五 09:00（Asia/Shanghai）起回复您。|10月5日 星期一 09:00",
        "轉人工|現在是非工作時間，人工客服將於 10月2日 星期五 09:00（Asia/Shanghai）起回覆您。|10月5日 星期一 09:00",
        "talk to a human|We are closed right now. An agent will reply from Friday 2 October, 09:00 (Asia/Shanghai).|Monday 5 October, 09:00"})
    void outsideBusinessHoursSaysWhenFromTheConfiguredHoursAndKeepsItQueued(String ask, String wednesday, String saturday) {
        start(HOURS);
        handoff.status.presence("alice", Presence.ONLINE);
        // Wednesday 19:00 in Shanghai: Thursday is National Day, so Friday morning
        handoff.clock.set(Instant.parse("2026-09-30T11:00:00Z"));
        TurnResult turn = handoff.say("u1", ask);
        assertThat(turn.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(notice(turn).text()).startsWith(wednesday);
        // Saturday noon: Monday morning
        handoff.clock.set(Instant.parse("2026-10-03T04:00:00Z"));
        TurnResult again = handoff.say("u1", ask);
        assertThat(again.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(notice(again).text()).contains(saturday);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "转人工|目前没有在线的人工客服，客服上线后会第一时间回复您。您目前排在第 1 位。",
        "轉人工|目前沒有線上的人工客服，客服上線後會第一時間回覆您。您目前排在第 1 位。",
        "talk to a human|No agent is online right now; one will reply here as soon as they are. You are number 1 in the queue."})
    void withNoAgentOnlineSaysSoWithoutPromisingATime(String ask, String expected) {
        start(HOURS);
        handoff.status.presence("alice", Presence.AWAY);
        assertThat(notice(handoff.say("u1", ask)).text()).isEqualTo(expected);
    }

    @Test
    void afterTheTimeoutTheCustomerIsToldOnceAndMayLeaveContactDetailsKeptApart() throws Exception {
        start(BusinessHours.ALWAYS_OPEN);
        String id = handoff.queued("u1", "zh-Hans");
        handoff.clock.advance(Duration.ofMinutes(4));
        assertThat(handoff.timeouts.check()).isEmpty();
        handoff.clock.advance(Duration.ofMinutes(2));
        assertThat(handoff.timeouts.check()).containsExactly(id);
        ConversationEvent told = lastEvent(id);
        assertThat(told.kind()).isEqualTo(EventKind.BOT_REPLY);
        assertThat(told.text()).contains("留下手机号或邮箱");
        assertThat(told.data()).containsEntry(QueuedConversation.TIMEOUT_DATA, "true");
        handoff.clock.advance(Duration.ofMinutes(10));
        assertThat(handoff.timeouts.check()).isEmpty();

        TurnResult left = handoff.say("u1", "我的手机 13812345678，请回电");
        assertThat(left.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(left.replies()).singleElement().extracting(Reply::text).asString().startsWith("谢谢，已记录您的联系方式");
        assertThat(handoff.callbacks.find(id, handoff.clock.instant())).hasValueSatisfying(request -> {
            assertThat(request.kind()).isEqualTo("PHONE");
            assertThat(request.contact()).isEqualTo("13812345678");
            assertThat(request.expiresAt()).isEqualTo(handoff.clock.instant().plus(Duration.ofDays(7)));
        });
        // the conversation's events, fanned out and kept, hold the number masked only
        assertThat(Files.readString(dir.resolve("journal").resolve("events.jsonl"))).doesNotContain("13812345678")
                .contains("[PHONE]");

        // the request is deleted when its retention runs out
        handoff.clock.advance(Duration.ofDays(7));
        handoff.scheduler.tick();
        assertThat(handoff.callbacks.find(id, handoff.clock.instant())).isEmpty();
        try (Stream<Path> files = Files.list(dir.resolve("callbacks"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aCallbackRequestIsDeletedWhenTheConversationIsResolvedAndContactIsOnlyTakenAfterATimeout() {
        start(BusinessHours.ALWAYS_OPEN);
        String id = handoff.queued("u1", "en");
        TurnResult early = handoff.say("u1", "my number is 13812345678");
        assertThat(notice(early).text()).startsWith("No agent is online");
        assertThat(handoff.callbacks.find(id, handoff.clock.instant())).isEmpty();
        handoff.clock.advance(Duration.ofMinutes(6));
        handoff.timeouts.check();
        assertThat(notice(handoff.say("u1", "mail me at jo@example.com")).text()).startsWith("Thank you, we have your contact");
        assertThat(handoff.callbacks.pending(handoff.clock.instant())).extracting(CallbackRequest::contact)
                .containsExactly("jo@example.com");
        handoff.desk.resolve("alice", id);
        assertThat(handoff.callbacks.pending(handoff.clock.instant())).isEmpty();
    }

    @Test
    void noTimeoutIsToldOutsideBusinessHours() {
        start(HOURS);
        handoff.clock.set(Instant.parse("2026-10-03T04:00:00Z"));
        handoff.queued("u1", "en");
        handoff.clock.advance(Duration.ofHours(3));
        assertThat(handoff.timeouts.check()).isEmpty();
    }

    @Test
    void theTimeoutCountsBusinessHoursOnly() {
        start(HOURS);
        handoff.clock.set(Instant.parse("2026-10-02T09:57:00Z")); // Friday 17:57 in Shanghai, 3 minutes before closing
        String id = handoff.queued("u1", "zh-Hant");
        handoff.clock.set(Instant.parse("2026-10-05T01:01:00Z")); // Monday 09:01: 4 open minutes, not 5
        assertThat(handoff.timeouts.check()).isEmpty();
        handoff.clock.set(Instant.parse("2026-10-05T01:03:00Z")); // 6 open minutes
        assertThat(handoff.timeouts.check()).containsExactly(id);
        assertThat(lastEvent(id).text()).contains("手機");
    }

    private ConversationEvent lastEvent(String id) {
        List<ConversationEvent> events = handoff.store.events(id);
        return events.get(events.size() - 1);
    }
}
