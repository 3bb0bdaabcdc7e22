package dev.kefu.app.store.redis;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.kefu.app.browser.KefuPages.XSS;
import static dev.kefu.app.browser.KefuPages.customerAskingForAPerson;
import static dev.kefu.app.browser.KefuPages.say;
import static dev.kefu.app.browser.KefuPages.signInToDesk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.kefu.app.browser.HeadlessChromium;
import dev.kefu.app.browser.KefuServer;
import dev.kefu.app.security.DeskRole;
import dev.kefu.app.security.DeskUser;
import dev.kefu.app.security.DeskUserStore;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.handoff.AgentStatusStore;
import dev.kefu.core.handoff.Presence;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The customer's widget and the agent desk update each other live although they talk to two
 * instances of kefu on one redis-server: the widget to instance A, the desk to instance B. What
 * one stores reaches the other's sockets over the Redis event bus, and who types over the Redis
 * typing relay; the desk does not poll while its socket is up, so whatever it shows within the
 * few seconds an assertion waits came live.
 */
class DeskAndWidgetOnTwoInstancesBrowserTest {

    private static final String AGENT_PASSWORD = "alice-Pa55word";

    @RegisterExtension
    static final RedisServer redis = RedisServer.withoutPersistence();

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @TempDir
    static Path dataDirA;

    @TempDir
    static Path dataDirB;

    static KefuServer a;
    static KefuServer b;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() {
        Map<String, String> shared = Map.of("kefu.store", "redis", "kefu.redis.uri", redis.uri(),
                "kefu.widget.token-secret", "the-same-secret-on-every-instance",
                "kefu.handoff.agents[0].id", "alice", "kefu.handoff.agents[0].name", "Alice 王",
                "kefu.handoff.agents[0].languages", "zh,en");
        a = KefuServer.start(dataDirA, shared);
        b = KefuServer.start(dataDirB, shared);
        b.bean(DeskUserStore.class).save(new DeskUser("alice", b.bean(PasswordEncoder.class).encode(AGENT_PASSWORD),
                DeskRole.AGENT));
    }

    @AfterAll
    static void stopThem() {
        for (KefuServer server : new KefuServer[] {a, b}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @AfterEach
    void closeBrowsers() {
        contexts.forEach(BrowserContext::close);
    }

    private HeadlessChromium.WatchedPage browse(String locale) {
        BrowserContext context = chromium.newContext(locale, 1280, 860);
        contexts.add(context);
        return HeadlessChromium.watch(context.newPage());
    }

    /** Signs in to the desk on instance B and waits until its socket is live. */
    private static Page deskOnB(HeadlessChromium.WatchedPage watched, String live) {
        Page page = signInToDesk(watched.page(), b, "alice", AGENT_PASSWORD);
        assertThat(page.locator("#connection")).hasText(live);
        return page;
    }

    /** Opens the widget of the demo shop on instance A and asks for a person. */
    private static Page customerOnA(HeadlessChromium.WatchedPage watched) {
        return customerAskingForAPerson(watched.page(), a);
    }

    private static String conversationOf(Page customer) {
        return (String) customer.evaluate("() => JSON.parse(localStorage.getItem('kefu.widget.conversation')).id");
    }

    @Test
    void aCustomerOnInstanceAAndAnAgentOnInstanceBTalkLive() {
        HeadlessChromium.WatchedPage deskPage = browse("zh-TW");
        Page agent = deskOnB(deskPage, "即時");
        assertThat(agent.locator("#queue .item")).hasCount(0);

        HeadlessChromium.WatchedPage shopper = browse("zh-CN");
        Page customer = customerOnA(shopper);

        // no reload and no polling: the conversation appears because instance A stored it
        Locator waiting = agent.locator("#queue .item");
        assertThat(waiting).hasCount(1);
        assertThat(waiting.first()).containsText("客戶要求真人");
        waiting.first().click();
        assertThat(agent.locator("#transcript .msg-customer .text").first()).hasText("转人工");
        agent.locator("#claim").click();
        assertThat(agent.locator("#state")).containsText("真人 · alice");
        assertThat(customer.locator(".panel .status")).containsText("人工客服已接入");

        // typing crosses the instances both ways too: the widget's reaches B, the desk's reaches A
        assertThat(agent.locator("#typing")).isHidden();
        assertThat(customer.locator(".panel .typing")).isHidden();
        customer.locator(".composer .input").fill("请问");
        assertThat(agent.locator("#typing")).isVisible();
        assertThat(agent.locator("#typing")).hasText("客戶正在輸入…");
        agent.locator("#reply").fill("您好，我是 Alice，請問有什麼可以幫您？");
        assertThat(customer.locator(".panel .typing")).isVisible();
        assertThat(customer.locator(".panel .typing")).hasText("客服正在输入…");
        agent.locator("#reply").press("Control+Enter");
        assertThat(customer.locator(".log .msg-agent .text").last()).hasText("您好，我是 Alice，請問有什麼可以幫您？");

        for (String text : List.of("我的订单还没到 订单号 20261127", "my parcel is late <b>again</b>", XSS)) {
            say(customer, text);
            assertThat(agent.locator("#transcript .msg-customer .text").last()).hasText(text);
        }
        assertThat(agent.locator("#transcript img, #transcript script, #transcript b")).hasCount(0);
        assertThat(agent.evaluate("() => window.__xss === undefined")).isEqualTo(true);

        agent.locator("#resolve").click();
        assertThat(customer.locator(".panel .csat")).isVisible();
        assertThat(agent.locator("#mine .item")).hasCount(0);
        assertThat(deskPage.dialogs()).isEmpty();
        assertThat(shopper.dialogs()).isEmpty();
    }

    @Test
    void theDeskReconnectsAfterADropAndShowsWhatItMissed() {
        HeadlessChromium.WatchedPage deskPage = browse("en-US");
        AtomicReference<WebSocketRoute> current = new AtomicReference<>();
        AtomicBoolean refuse = new AtomicBoolean(false);
        // the desk's socket passes through the test, which can cut it as a proxy or a network would
        deskPage.page().routeWebSocket(Pattern.compile(".*/desk/api/live"), ws -> {
            if (refuse.get()) {
                ws.close(new WebSocketRoute.CloseOptions().setCode(1011).setReason("network down"));
                return;
            }
            ws.connectToServer();
            current.set(ws);
        });
        Page agent = deskOnB(deskPage, "Live");
        Page customer = customerOnA(browse("en-US"));
        String id = conversationOf(customer);
        agent.locator("#queue .item").first().click();
        agent.locator("#claim").click();
        assertThat(agent.locator("#state")).containsText("with an agent · alice");
        agent.locator("#presence").selectOption("ONLINE");
        AgentStatusStore presence = b.bean(AgentStatusStore.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> presence.presence("alice") == Presence.ONLINE);

        refuse.set(true);
        current.get().close(new WebSocketRoute.CloseOptions().setCode(1011).setReason("cut"));
        assertThat(agent.locator("#connection")).hasText("Connection lost, reconnecting…");
        say(customer, "are you still there? 还在吗 還在嗎");
        // as a restarted server would have: the agent's presence is forgotten
        presence.presence("alice", Presence.OFFLINE);
        Engine engineB = b.bean(Engine.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> engineB.store().events(id).stream()
                .map(ConversationEvent::text).anyMatch("are you still there? 还在吗 還在嗎"::equals));

        refuse.set(false);
        // the next try is at most a few seconds away; back, the desk reads what it missed
        LocatorAssertions.HasTextOptions reconnect = new LocatorAssertions.HasTextOptions().setTimeout(15_000);
        assertThat(agent.locator("#connection")).hasText("Live", reconnect);
        assertThat(agent.locator("#transcript .msg-customer .text").last())
                .hasText("are you still there? 还在吗 還在嗎", new LocatorAssertions.HasTextOptions().setTimeout(2_000));
        // and says again that the agent is online
        await().atMost(Duration.ofSeconds(5)).until(() -> presence.presence("alice") == Presence.ONLINE);
    }

    @Test
    void theDeskSocketRefusesAPageThatIsNotSignedIn() {
        Page page = browse("zh-CN").page();
        page.navigate(b.url("/desk"));
        assertThat(page.locator("#login-title")).hasText("登录");
        Object outcome = page.evaluate("() => new Promise(done => {"
                + " const socket = new WebSocket(location.origin.replace(/^http/, 'ws') + '/desk/api/live');"
                + " socket.onopen = () => done('open');"
                + " socket.onclose = event => done('closed ' + event.code); })");
        assertThat(outcome).isEqualTo("closed 1006");
    }
}
