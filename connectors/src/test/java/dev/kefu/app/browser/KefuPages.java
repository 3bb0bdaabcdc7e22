package dev.kefu.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/** What the browser tests do again and again on kefu's pages: sign in to the desk, ask for a person in the widget, write. */
public final class KefuPages {

    /** Markup that runs script if a page ever renders text as HTML. */
    public static final String XSS = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";

    private KefuPages() {
    }

    /** Opens the desk of {@code server} and submits the sign-in form. */
    public static Page signInToDesk(Page page, KefuServer server, String user, String password) {
        page.navigate(server.url("/desk"));
        page.locator("#login-form [name=username]").fill(user);
        page.locator("#login-form [name=password]").fill(password);
        page.locator("#login-form button[type=submit]").click();
        return page;
    }

    /** Opens the widget of the demo shop of {@code server}, asks for a person and waits to be queued. */
    public static Page customerAskingForAPerson(Page page, KefuServer server) {
        page.navigate(server.url("/"));
        page.locator(".launcher").click();
        page.locator(".panel .human").click();
        assertThat(page.locator(".panel .status")).containsText(Pattern.compile("排队中|排隊中|number \\d+"));
        return page;
    }

    /** The customer writes {@code text} in the widget and sends it. */
    public static void say(Page customer, String text) {
        customer.locator(".composer .input").fill(text);
        customer.locator(".composer .input").press("Enter");
    }
}
