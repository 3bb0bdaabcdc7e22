package dev.kefu.app.widget;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The chat widget on a page, as a customer uses it; selectors reach into its open shadow root. */
final class WidgetPage {

    final Page page;

    WidgetPage(Page page) {
        this.page = page;
    }

    /** Loads {@code url} and opens the widget with its launcher. */
    WidgetPage open(String url) {
        page.navigate(url);
        launcher().click();
        input().waitFor();
        return this;
    }

    void ask(String text) {
        input().fill(text);
        input().press("Enter");
    }

    Locator launcher() {
        return page.locator(".launcher");
    }

    Locator input() {
        return page.locator(".composer .input");
    }

    Locator title() {
        return page.locator(".panel .title");
    }

    Locator status() {
        return page.locator(".panel .status");
    }

    /** The messages of {@code who}: {@code customer}, {@code bot} (without the greeting) or {@code agent}. */
    Locator messages(String who) {
        return page.locator(".log .msg-" + who + ":not(.greeting) .text");
    }

    Locator chips() {
        return page.locator(".log .chip");
    }

    Locator humanButton() {
        return page.locator(".panel .human");
    }

    Locator typing() {
        return page.locator(".panel .typing");
    }

    Locator csat() {
        return page.locator(".panel .csat");
    }

    Locator log() {
        return page.locator(".panel .log");
    }

    /** The conversation the widget follows, as it keeps it in localStorage. */
    String conversationId() {
        return (String) page.evaluate("() => JSON.parse(localStorage.getItem('kefu.widget.conversation')).id");
    }
}
