package nl.k80.wendbaar.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Playwright, as a person uses the webapps. Playwright's own
 * browser download cannot work here, so the system Chromium is required; without it the tests fail
 * saying what to install (never skip).
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser chromium;
  private final String baseUrl;

  Browser(int port) {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException("The browser tests need Debian's Chromium at " + CHROMIUM
          + ": apt-get install -y chromium chromium-driver");
    }
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    chromium = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
        .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run")));
    baseUrl = "http://localhost:" + port;
  }

  /** A fresh browser session (own cookies, a Dutch browser as K80's users have) logged in to a webapp as a demo user. */
  Page loggedIn(String user, String app) {
    return loggedIn(user, user, displayName(user), app);
  }

  /** As above, for a user a test added (own password, own name in the header). */
  Page loggedIn(String user, String password, String displayName, String app) {
    Page page = page();
    page.navigate(baseUrl + "/camunda/app/" + app + "/default/");
    try {
      page.locator("input[name='username'], #username, input[ng-model='username']").first().fill(user);
      page.locator("input[type='password']").fill(password);
      page.locator("button[type='submit']").click();
      page.getByText(displayName).first().waitFor();
    } catch (RuntimeException failed) {
      screenshot(page, "login-failed-" + user + "-" + app);
      throw failed;
    }
    return page;
  }

  /** A fresh browser session, not logged in: own cookies, a Dutch browser as K80's users have. */
  Page page() {
    Page page = chromium.newContext(new NewContextOptions().setViewportSize(1400, 1000).setLocale("nl-NL"))
        .newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  String url(String path) {
    return baseUrl + path;
  }

  /**
   * The serious and critical accessibility violations that axe-core finds inside the element, as
   * readable lines (rule, impact, help, where).
   */
  @SuppressWarnings("unchecked")
  static List<String> accessibilityProblems(Page page, String selector) {
    if (!Files.isReadable(AXE)) {
      throw new IllegalStateException("The accessibility checks need axe-core from npm at " + AXE + ": run npm ci");
    }
    page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
    return (List<String>) page.evaluate("""
        async selector => {
          const result = await axe.run(document.querySelector(selector), { resultTypes: ['violations'] });
          return result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '));
        }""", selector);
  }

  static void screenshot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  private static String displayName(String user) {
    return switch (user) {
      case "ambtenaar" -> "Anna Ambtenaar";
      case "secretaris" -> "Sam Secretaris";
      case "voorzitter" -> "Vera Voorzitter";
      default -> "Portefeuillehouder";
    };
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
  }
}
