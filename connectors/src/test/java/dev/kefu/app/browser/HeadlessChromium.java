package dev.kefu.app.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}, installed by {@code ./kefu test}) driven
 * by Playwright for a test class: {@code @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();}.
 * Nothing is downloaded: Playwright's driver comes from its Maven artifact and the browser is the
 * system's. Each page records the dialogs that opened and the errors its console printed (a
 * blocked script, a CSP violation), so that a test can assert there were none.
 */
public final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE + " is missing: install Debian's chromium (./kefu test does)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A fresh browser profile (its own storage) with this locale and viewport width; close it after the test. */
    public BrowserContext newContext(String locale, int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, height));
    }

    /** A page of {@code context} that records its dialogs and console errors. */
    public static WatchedPage watch(Page page) {
        WatchedPage watched = new WatchedPage(page, new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        page.onDialog(dialog -> {
            watched.dialogs().add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                watched.consoleErrors().add(message.text());
            }
        });
        return watched;
    }

    /** A page with what it recorded: dialogs opened (and dismissed) and console errors. */
    public record WatchedPage(Page page, List<String> dialogs, List<String> consoleErrors) {
    }
}
