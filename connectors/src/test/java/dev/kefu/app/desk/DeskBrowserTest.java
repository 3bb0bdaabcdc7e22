package dev.kefu.app.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.kefu.app.browser.KefuPages.XSS;
import static dev.kefu.app.browser.KefuPages.customerAskingForAPerson;
import static dev.kefu.app.browser.KefuPages.say;
import static dev.kefu.app.browser.KefuPages.signInToDesk;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import dev.kefu.app.browser.HeadlessChromium;
import dev.kefu.app.browser.KefuServer;
import dev.kefu.app.security.DeskRole;
import dev.kefu.app.security.DeskUser;
import dev.kefu.app.security.DeskUserStore;
import dev.kefu.core.conversation.ConversationCommand;
import dev.kefu.core.engine.Engine;
import dev.kefu.kb.catalog.EntryStatus;
import dev.kefu.kb.catalog.KnowledgeCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The agent desk and the customer's widget together, end to end in headless Chromium against the
 * real application: two browser contexts, one a customer on the demo shop, one an agent at
 * {@code /desk}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskBrowserTest {

    private static final String ADMIN = "root";
    private static final String ADMIN_PASSWORD = "root-Pa55word-1";
    private static final String AGENT_PASSWORD = "alice-Pa55word";

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @TempDir
    static Path dataDir;

    static KefuServer server;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void startKefu() {
        server = KefuServer.start(dataDir, Map.of("KEFU_ADMIN_USER", ADMIN, "KEFU_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "kefu.widget.poll-interval", "1s",
                "kefu.handoff.agents[0].id", "alice", "kefu.handoff.agents[0].name", "Alice 王",
                "kefu.handoff.agents[0].languages", "zh,en", "kefu.handoff.agents[1].id", "bob",
                "kefu.handoff.agents[1].languages", "zh,en"));
        String hash = server.bean(PasswordEncoder.class).encode(AGENT_PASSWORD);
        server.bean(DeskUserStore.class).save(new DeskUser("alice", hash, DeskRole.AGENT));
    }

    @AfterAll
    static void stopKefu() {
        if (server != null) {
            server.close();
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

    /** Opens the desk in {@code locale} and signs in; the page shows the sign-in form until then. */
    private HeadlessChromium.WatchedPage desk(String locale, String user, String password) {
        HeadlessChromium.WatchedPage watched = browse(locale);
        signInToDesk(watched.page(), server, user, password);
        return watched;
    }

    /** A customer on the demo shop who opened the widget and asked for a person. */
    private static Page customerWaiting(HeadlessChromium.WatchedPage watched) {
        return customerAskingForAPerson(watched.page(), server);
    }

    private static List<String> cspViolations(HeadlessChromium.WatchedPage page) {
        return page.consoleErrors().stream().filter(e -> e.contains("Content Security Policy")).toList();
    }

    @Test
    @Order(1)
    void anAgentClaimsRepliesLiveAndResolvesAndTheCustomerIsAskedToRate() throws Exception {
        HeadlessChromium.WatchedPage shopper = browse("zh-CN");
        Page customer = customerWaiting(shopper);

        HeadlessChromium.WatchedPage deskPage = desk("en-US", "alice", AGENT_PASSWORD);
        Page agent = deskPage.page();
        Locator waiting = agent.locator("#queue .item");
        assertThat(waiting).hasCount(1);
        assertThat(waiting.first()).containsText("asked for a person");
        waiting.first().click();
        assertThat(agent.locator("#transcript .msg-customer .text").first()).hasText("转人工");
        agent.locator("#claim").click();
        assertThat(agent.locator("#state")).containsText("with an agent · alice");
        assertThat(agent.locator("#mine .item")).hasCount(1);
        assertThat(customer.locator(".panel .status")).containsText("人工客服已接入");

        // typing is passed on live both ways, and never stored
        customer.locator(".composer .input").fill("请问");
        assertThat(agent.locator("#typing")).hasText("The customer is typing…");
        agent.locator("#canned").selectOption("0");
        assertThat(agent.locator("#reply")).hasValue(Pattern.compile("您好，我是人工客服"));
        agent.locator("#reply").fill("您好，我是 Alice，马上为您查询订单。");
        assertThat(customer.locator(".panel .typing")).hasText("客服正在输入…");
        agent.locator("#reply").press("Control+Enter");
        assertThat(customer.locator(".log .msg-agent .text").last()).hasText("您好，我是 Alice，马上为您查询订单。");
        assertThat(agent.locator("#reply")).isEmpty();
        agent.locator("#save-kb").click();
        assertThat(agent.locator("#reply-status")).containsText(Pattern.compile("Saved: draft-\\S+ \\(draft\\)"));
        String draftId = agent.locator("#reply-status").textContent().replaceAll(".*(draft-\\S+) .*", "$1");
        assertThat(server.bean(KnowledgeCatalog.class).get(draftId).orElseThrow().status()).isEqualTo(EntryStatus.DRAFT);

        // hostile text from the customer is shown as text in the desk, and nothing runs
        say(customer, XSS);
        assertThat(agent.locator("#transcript .msg-customer .text").last()).hasText(XSS);
        assertThat(agent.locator("#transcript img, #transcript script")).hasCount(0);
        assertThat(agent.evaluate("() => window.__xss === undefined")).isEqualTo(true);

        agent.locator("#note").fill("VIP <b>customer</b>");
        agent.locator("#note-form button[type=submit]").click();
        assertThat(agent.locator("#notes .note .text")).hasText("VIP <b>customer</b>");
        assertThat(customer.locator(".log")).not().containsText("VIP");

        Files.createDirectories(Path.of("target"));
        agent.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/desk.png")));

        agent.locator("#resolve").click();
        assertThat(agent.locator("#state")).containsText("resolved");
        assertThat(customer.locator(".panel .csat")).isVisible();
        customer.locator(".panel .csat input[value='5']").check();
        customer.locator(".panel .csat button[type=submit]").click();
        assertThat(customer.locator(".panel .csat")).isHidden();

        assertThat(deskPage.dialogs()).isEmpty();
        assertThat(shopper.dialogs()).isEmpty();
        assertThat(cspViolations(deskPage)).isEmpty();
    }

    @Test
    @Order(2)
    void aWrongPasswordIsRefusedAndTheDeskStaysClosed() {
        Page page = desk("en-US", "alice", "not-the-password").page();
        assertThat(page.locator("#login-error")).hasText("Wrong username or password");
        assertThat(page.locator("#work")).isHidden();
        assertThat(page.locator("#login-form [name=password]")).isFocused();
    }

    @Test
    @Order(3)
    void theDeskSpeaksTraditionalChineseAndSwitchesLanguage() {
        Page page = browse("zh-TW").page();
        page.navigate(server.url("/desk"));
        assertThat(page.locator("#login-title")).hasText("登入");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-Hant-TW");
        page.locator("#login-form [name=username]").fill("alice");
        page.locator("#login-form [name=password]").fill(AGENT_PASSWORD);
        page.locator("#login-form [name=password]").press("Enter");
        assertThat(page.locator("#tab-work")).hasText("對話");
        assertThat(page.locator("#queue-title")).containsText("排隊");
        assertThat(page.locator("#sign-out")).hasText("登出");
        assertThat(page.locator("#tab-supervisor")).isHidden();
        assertThat(page.locator("#connection")).hasText("即時");

        page.locator("#language").selectOption("zh-CN");
        assertThat(page.locator("#sign-out")).hasText("退出");
        assertThat(page.locator("#connection")).hasText("实时");
        page.locator("#language").selectOption("en");
        assertThat(page.locator("#sign-out")).hasText("Sign out");
        assertThat(page.locator("#connection")).hasText("Live");
    }

    @Test
    @Order(4)
    void aSupervisorSeesTheAgentsTheQueueAndTheFigures() throws Exception {
        customerWaiting(browse("en-US"));
        Page page = desk("en-US", ADMIN, ADMIN_PASSWORD).page();
        page.locator("#tab-supervisor").click();
        assertThat(page.locator("#supervisor")).isVisible();
        assertThat(page.locator("#agents tr")).hasCount(2);
        assertThat(page.locator("#agents")).containsText("Alice 王");
        assertThat(page.locator("#figures")).containsText("Queue length");
        assertThat(page.locator("#figures .figure").first()).containsText("1");
        assertThat(page.locator("#figures")).containsText("Containment rate");
        assertThat(page.locator("#figures")).containsText(Pattern.compile("First response time\\s*\\d+ s"));
        assertThat(page.locator("#reasons")).containsText("asked for a person: 2");
        assertThat(page.locator("#figures")).containsText("5 / 5 (1)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/desk-supervisor.png")));

        page.locator("#tab-supervisor").press("ArrowRight");
        assertThat(page.locator("#tab-admin")).isFocused();
        assertThat(page.locator("#admin")).isVisible();
        assertThat(page.locator("#users")).containsText("alice · AGENT");
    }

    /** The open conversation shows the newest state even when an older answer comes back last. */
    @Test
    @Order(5)
    void anOlderAnswerComingBackLastDoesNotTurnTheConversationBack() {
        Page customer = customerWaiting(browse("zh-TW"));
        String id = customer.evaluate("() => JSON.parse(localStorage.getItem('kefu.widget.conversation')).id").toString();
        Page agent = desk("zh-TW", "alice", AGENT_PASSWORD).page();
        agent.locator("#queue .item[data-id='" + id + "']").click();
        assertThat(agent.locator("#state")).hasText("狀態：排隊中");

        // hold every reading of the open conversation, each read from the server when it is asked
        List<Route> held = new CopyOnWriteArrayList<>();
        List<APIResponse> answers = new CopyOnWriteArrayList<>();
        agent.route(url -> url.endsWith("/api/v1/agent/conversations/" + id), route -> {
            answers.add(route.fetch());
            held.add(route);
        });
        say(customer, "還在嗎？");                 // the desk reads the conversation again: still queued
        agent.waitForCondition(() -> held.size() == 1);
        server.bean(Engine.class).transition(id, ConversationCommand.ASSIGN, "agent-7", null);
        agent.waitForCondition(() -> held.size() == 2);  // and again: now with an agent

        held.get(1).fulfill(new Route.FulfillOptions().setResponse(answers.get(1)));
        assertThat(agent.locator("#state")).containsText("真人");
        held.get(0).fulfill(new Route.FulfillOptions().setResponse(answers.get(0)));
        agent.waitForTimeout(500);
        assertThat(agent.locator("#state")).containsText("真人");
        assertThat(agent.locator("#transcript .msg-customer .text").last()).containsText("還在嗎");
    }
}
