package dev.kefu.app.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.WebSocketRoute;
import dev.kefu.app.browser.HeadlessChromium;
import dev.kefu.app.browser.KefuServer;
import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationCommand;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The customer's half of the web chat, end to end: the demo shop at {@code /} with the widget, in
 * Debian's headless Chromium, against the real application (embedded store, bundled demo
 * knowledge base). The agent's side is played through the engine, as the agent desk will.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WidgetBrowserTest {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @TempDir
    static Path dataDir;

    static KefuServer server;

    private BrowserContext context;

    @BeforeAll
    static void startKefu() {
        server = KefuServer.start(dataDir, Map.of("kefu.widget.poll-interval", "1s"));
    }

    @AfterAll
    static void stopKefu() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
    }

    private HeadlessChromium.WatchedPage browse(String locale, int width, int height) {
        context = chromium.newContext(locale, width, height);
        return HeadlessChromium.watch(context.newPage());
    }

    private WidgetPage customer(String locale) {
        return new WidgetPage(browse(locale, 1280, 800).page()).open(server.url("/"));
    }

    /** What an agent does from the desk: claim the queued conversation, then reply; the store publishes the reply. */
    private static void agentSays(String conversationId, String text) {
        Engine engine = server.bean(Engine.class);
        Conversation conversation = engine.store().find(conversationId).orElseThrow();
        if (conversation.state() != dev.kefu.core.conversation.ConversationState.AGENT) {
            conversation = engine.transition(conversationId, ConversationCommand.ASSIGN, "agent-7", null);
        }
        engine.store().append(List.of(new ConversationEvent(conversationId, conversation.lastSequence() + 1, Instant.now(),
                EventKind.AGENT_MESSAGE, "agent-7", text, Map.of())));
    }

    private static void handOff(WidgetPage widget) {
        widget.humanButton().click();
        assertThat(widget.status()).containsText(Pattern.compile("排队中：您是第 \\d+ 位|排隊中：您是第 \\d+ 位|number \\d+"));
    }

    private static List<String> cspViolations(HeadlessChromium.WatchedPage page) {
        return page.consoleErrors().stream().filter(e -> e.contains("Content Security Policy")).toList();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh-CN | 我的快递到哪了          | 在线客服         | 物流跟踪
            zh-TW | 我要退貨               | 線上客服         | 申請退貨
            en-US | How do I get an invoice? | Customer service | electronic invoice
            """)
    void answersAnFaqInTheCustomersScript(String locale, String question, String title, String answer) {
        HeadlessChromium.WatchedPage watched = browse(locale, 1280, 800);
        WidgetPage widget = new WidgetPage(watched.page()).open(server.url("/"));
        assertThat(widget.title()).hasText(title);

        widget.ask(question);

        assertThat(widget.messages("customer")).hasText(question);
        assertThat(widget.messages("bot").last()).containsText(answer);
        assertThat(widget.input()).isEmpty();
        assertThat(widget.input()).isFocused();
        assertThat(cspViolations(watched)).isEmpty();
    }

    @Order(2)
    @Test
    void aSuggestionChipSendsItsQuestion() {
        WidgetPage widget = customer("zh-CN");
        widget.ask("运费");

        Locator chip = widget.chips().first();
        assertThat(chip).isVisible();
        assertThat(widget.page.locator(".log .msg-bot").last()).hasAttribute("data-type", "suggestions");
        String choice = chip.textContent();
        chip.click();

        assertThat(widget.messages("customer").last()).hasText(choice);
        assertThat(widget.page.locator(".log .msg-bot").last()).hasAttribute("data-type", "answer");
    }

    @Order(3)
    @Test
    void askingForAPersonShowsTheQueueThenTheAgentTypesAndRepliesLive() {
        WidgetPage widget = customer("zh-CN");
        widget.ask("你好");
        assertThat(widget.messages("bot")).hasCount(1);
        handOff(widget);
        assertThat(widget.humanButton()).isDisabled();
        String id = widget.conversationId();
        List<TypingRelay.Typing> customerTyping = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = server.bean(TypingRelay.class).subscribe(customerTyping::add);
        widget.input().pressSequentially("我的订单");
        widget.page.waitForCondition(() -> !customerTyping.isEmpty());
        unsubscribe.run();
        assertThat(customerTyping.get(0)).isEqualTo(new TypingRelay.Typing(id, TypingRelay.Actor.CUSTOMER, true));

        server.bean(TypingRelay.class).typing(new TypingRelay.Typing(id, TypingRelay.Actor.AGENT, true));
        assertThat(widget.typing()).isVisible();
        assertThat(widget.typing()).hasText("客服正在输入…");
        agentSays(id, "您好，我是客服小王，请问订单号是多少？");

        assertThat(widget.messages("agent")).hasText("您好，我是客服小王，请问订单号是多少？");
        assertThat(widget.status()).hasText("人工客服已接入");
        assertThat(widget.typing()).isHidden();
    }

    @Order(4)
    @Test
    void anAgentMessageStoredWhileTheCustomerIsOfflineShowsOnceWhenBack() {
        WidgetPage widget = customer("en-US");
        widget.ask("hello");
        handOff(widget);
        String id = widget.conversationId();
        agentSays(id, "first reply");
        assertThat(widget.messages("agent")).hasCount(1);

        context.setOffline(true);
        assertThat(widget.status()).containsText("offline");
        agentSays(id, "sent while you were offline");
        widget.page.waitForTimeout(1500);
        assertThat(widget.messages("agent")).hasCount(1);

        context.setOffline(false);
        assertThat(widget.messages("agent")).hasText(new String[] {"first reply", "sent while you were offline"});
        agentSays(id, "and live again");
        assertThat(widget.messages("agent")).hasText(new String[] {"first reply", "sent while you were offline", "and live again"});
        assertThat(widget.messages("customer")).hasCount(2);
    }

    @Order(5)
    @Test
    void withoutWebSocketTheWidgetPollsAndMissesNothing() {
        HeadlessChromium.WatchedPage watched = browse("en-US", 1280, 800);
        // every WebSocket the page opens is refused, as by a proxy that does not pass them
        watched.page().routeWebSocket(Pattern.compile(".*/api/v1/chat/live"),
                ws -> ws.close(new WebSocketRoute.CloseOptions().setCode(1011).setReason("no WebSocket here")));
        WidgetPage widget = new WidgetPage(watched.page()).open(server.url("/"));
        widget.ask("hello");
        handOff(widget);

        agentSays(widget.conversationId(), "a reply found by polling");

        assertThat(widget.messages("agent")).hasText("a reply found by polling");
        assertThat(widget.messages("agent")).hasCount(1);
    }

    @Order(6)
    @Test
    void hostileHtmlFromTheCustomerAndFromAnAgentStaysText() {
        HeadlessChromium.WatchedPage watched = browse("en-US", 1280, 800);
        WidgetPage widget = new WidgetPage(watched.page()).open(server.url("/"));
        String customerPayload = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        String agentPayload = "<svg onload=alert(3)></svg><a href=\"javascript:alert(4)\">click</a>\"><script>alert(5)</script>";

        widget.ask(customerPayload);
        assertThat(widget.messages("customer")).hasText(customerPayload);
        handOff(widget);
        agentSays(widget.conversationId(), agentPayload);

        assertThat(widget.messages("agent")).hasText(agentPayload);
        assertThat(widget.log().locator("script, img, svg, a")).hasCount(0);
        assertThat(watched.page().locator("script")).hasCount(2);
        assertThat(watched.dialogs()).isEmpty();
        assertThat(cspViolations(watched)).isEmpty();
    }

    @Order(7)
    @Test
    void theLanguageComesFromTheBrowserAndTheCustomerCanSwitchIt() {
        WidgetPage widget = customer("zh-TW");
        assertThat(widget.title()).hasText("線上客服");
        assertThat(widget.humanButton()).hasText("轉真人客服");
        widget.ask("你好");
        handOff(widget);
        assertThat(widget.status()).containsText("排隊中");

        widget.page.locator(".panel .language").selectOption("en");

        assertThat(widget.title()).hasText("Customer service");
        assertThat(widget.status()).containsText("In the queue");
        assertThat(widget.log().locator(".system").last()).hasText("Passed to an agent, please wait");
        widget.page.reload();
        widget.launcher().click();
        assertThat(widget.title()).hasText("Customer service");
        assertThat(widget.messages("customer")).hasText(new String[] {"你好", "轉人工"});
    }

    @Order(8)
    @Test
    void onAPhoneThePageDoesNotScrollSideways() {
        context = chromium.newContext("zh-CN", 360, 740);
        WidgetPage widget = new WidgetPage(context.newPage()).open(server.url("/"));
        widget.ask("我想了解一下退货政策，还有运费险怎么赔付，" + "特别长的问题".repeat(20));
        assertThat(widget.messages("bot")).not().hasCount(0);

        assertThat(widget.page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(360);
        Map<?, ?> box = (Map<?, ?>) widget.page.evaluate(
                "() => { const r = document.querySelector('#kefu-widget').shadowRoot.querySelector('.panel').getBoundingClientRect();"
                        + " return {left: r.left, right: r.right}; }");
        assertThat(((Number) box.get("left")).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(((Number) box.get("right")).doubleValue()).isLessThanOrEqualTo(360);
        screenshot(widget.page, "widget-phone.png");
    }

    /** WCAG AA: text at least 4.5:1 against its background, with the default colours. */
    @Order(9)
    @Test
    void theDefaultColoursMeetWcagAaContrast() {
        WidgetPage widget = customer("zh-CN");
        widget.ask("运费");
        assertThat(widget.chips().first()).isVisible();

        for (String selector : List.of(".launcher", ".header .title", ".status", ".msg-customer .text", ".msg-bot .text",
                ".chip", ".composer .primary", ".human", ".system, .greeting")) {
            double ratio = ((Number) widget.page.locator(selector).first().evaluate(CONTRAST)).doubleValue();
            assertThat(ratio).as(selector).isGreaterThanOrEqualTo(4.5);
        }
    }

    // the contrast of an element's text with the first opaque background among it and its ancestors
    private static final String CONTRAST = """
            node => {
              const rgb = c => c.match(/[\\d.]+/g).map(Number);
              const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
              let back = node;
              while (back && (back.nodeType !== 1 || rgb(getComputedStyle(back).backgroundColor)[3] === 0)) {
                back = back.parentNode && back.parentNode.host ? back.parentNode.host : back.parentNode;
                if (back === document) { back = null; }
              }
              const bg = back ? rgb(getComputedStyle(back).backgroundColor) : [255, 255, 255];
              const a = lum(rgb(getComputedStyle(node).color)), b = lum(bg);
              return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            }
            """;

    @Order(10)
    @Test
    void aCustomerCanChatWithTheKeyboardAlone() {
        context = chromium.newContext("zh-CN", 1280, 800);
        Page page = context.newPage();
        page.navigate(server.url("/"));
        WidgetPage widget = new WidgetPage(page);
        widget.launcher().waitFor();
        for (int i = 0; i < 20 && !Boolean.TRUE.equals(page.evaluate("() => document.activeElement.id === 'kefu-widget'")); i++) {
            page.keyboard().press("Tab");
        }
        page.keyboard().press("Enter");
        assertThat(widget.input()).isFocused();

        page.keyboard().type("怎么退货");
        page.keyboard().press("Enter");
        assertThat(widget.messages("bot").last()).containsText("申请退货");

        page.keyboard().press("Escape");
        assertThat(widget.input()).isHidden();
        assertThat(widget.launcher()).isFocused();
        assertThat(widget.launcher()).hasAttribute("aria-expanded", "false");
    }

    @Order(11)
    @Test
    void afterResolutionTheCustomerRatesTheConversationOnce() {
        WidgetPage widget = customer("zh-CN");
        widget.ask("你好");
        handOff(widget);
        String id = widget.conversationId();
        agentSays(id, "问题已经处理好了");
        assertThat(widget.csat()).isHidden();

        server.bean(Engine.class).transition(id, ConversationCommand.RESOLVE, "agent-7", null);

        assertThat(widget.csat()).isVisible();
        assertThat(widget.status()).hasText("对话已结束");
        widget.csat().locator("input[value='4']").check();
        widget.csat().locator("textarea").fill("回复很快，<b>谢谢</b>");
        widget.csat().locator("button[type=submit]").click();

        assertThat(widget.log().locator(".system").last()).hasText("感谢您的评价（4/5）");
        assertThat(widget.csat()).isHidden();
        List<ConversationEvent> events = server.bean(Engine.class).store().events(id);
        ConversationEvent rating = events.get(events.size() - 1);
        assertThat(rating.kind()).isEqualTo(EventKind.CSAT);
        assertThat(rating.data("score")).isEqualTo("4");
        assertThat(rating.text()).isEqualTo("回复很快，<b>谢谢</b>");
    }

    /** A poll answered after the live socket told of a newer state does not turn the widget's state back. */
    @Order(11)
    @Test
    void aPollAnsweredLateDoesNotTurnTheStateBack() {
        WidgetPage widget = customer("zh-TW");
        widget.ask("您好");
        handOff(widget);
        String id = widget.conversationId();
        List<Route> held = new CopyOnWriteArrayList<>();
        List<APIResponse> answers = new CopyOnWriteArrayList<>();
        widget.page.route("**/api/v1/chat/conversations/*/events*", route -> {
            answers.add(route.fetch());  // the page as it is now, while the conversation waits in the queue
            held.add(route);
        });
        context.setOffline(true);
        context.setOffline(false);  // back online, the widget polls once and opens its socket again
        widget.page.waitForCondition(() -> !held.isEmpty());

        server.bean(Engine.class).transition(id, ConversationCommand.RESOLVE, "agent-7", null);
        assertThat(widget.status()).hasText("對話已結束");  // told over the socket

        held.get(0).fulfill(new Route.FulfillOptions().setResponse(answers.get(0)));
        widget.page.waitForTimeout(500);
        assertThat(widget.status()).hasText("對話已結束");
        assertThat(widget.csat()).isVisible();
    }

    /** The README's picture: the demo shop with the widget open mid-conversation, in zh-Hans. */
    @Order(12)
    @Test
    void screenshotOfTheDemoShop() throws Exception {
        WidgetPage widget = customer("zh-CN");
        widget.ask("退款多久到账");
        assertThat(widget.messages("bot").last()).not().isEmpty();
        widget.ask("可以开发票吗");
        assertThat(widget.messages("bot").last()).containsText("电子普通发票");
        widget.input().blur();

        assertThat(Files.size(screenshot(widget.page, "widget.png"))).isGreaterThan(10_000);
    }

    /** Saves what the page shows to {@code target/screenshots/}, for the README ({@code docs/}) and for a person to look at. */
    private static Path screenshot(Page page, String name) {
        Path file = Path.of("target", "screenshots", name);
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return file;
    }

    /** The service stops and starts again while the page stays open: the widget reconnects and misses nothing. */
    @Order(13)
    @Test
    void afterAServerRestartTheWidgetResumesFromItsLastSequence() {
        WidgetPage widget = customer("en-US");
        widget.ask("hello");
        handOff(widget);
        String id = widget.conversationId();
        agentSays(id, "before the restart");
        assertThat(widget.messages("agent")).hasCount(1);

        server.stop();
        server.start();
        agentSays(id, "after the restart");

        assertThat(widget.messages("agent")).hasText(new String[] {"before the restart", "after the restart"});
        widget.ask("thanks");
        assertThat(widget.messages("customer")).hasText(new String[] {"hello", "I want to talk to a human", "thanks"});
        assertThat(widget.messages("agent")).hasCount(2);
    }
}
