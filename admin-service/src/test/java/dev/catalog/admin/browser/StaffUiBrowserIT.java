package dev.catalog.admin.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.testing.Chromium;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.admin.staff.StaffAccounts;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The staff UI in a real headless Chromium, the way staff use it. Screenshots land in target/screenshots. */
@IntegrationTest
class StaffUiBrowserIT implements AdminTestDatabase {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject
    EmbeddedServer server;
    @Inject
    StaffAccounts accounts;

    Chromium chromium;
    long categoryId;

    @BeforeAll
    void startBrowser() {
        chromium = Chromium.launch();
        categoryId = id(api().post("/admin/api/categories", Map.of("slug", "browser-kitchen", "name", "Browser Kitchen")));
        for (int i = 1; i <= 3; i++) {
            api().post("/admin/api/products", Map.of("sku", "BRW-" + i, "name", "Browser kettle " + i,
                    "price", "19.90", "currency", "EUR", "stock", i, "categoryId", categoryId,
                    "brandId", TestDatabase.fresh().insert("SELECT id FROM brand WHERE slug = 'unbranded'")));
        }
    }

    @AfterAll
    void stopBrowser() {
        chromium.close();
    }

    @Test
    void staffFiltersAndSearchesTheProductList() {
        Page page = signedIn(ADMIN, ADMIN_PASSWORD);
        page.click("nav.mainnav >> text=Products");

        page.fill("#q", "BRW-2");
        page.click("button:has-text('Search')");

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=BRW-2.*"));
        assertThat(page.locator("table.results tbody tr")).hasCount(1);
        page.click("aside.filters >> text=DRAFT");
        assertThat(page.locator("table.results")).containsText("BRW-2");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("product-list.png")).setFullPage(true));
    }

    @Test
    void editWithAValidationErrorThenFixItAndSeeItInHistory() {
        long id = productId("BRW-1");
        Page page = signedIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/admin/products/" + id));

        page.fill("#price", "-5");
        page.click("button:has-text('Save')");
        assertThat(page.locator(".field-error")).containsText("greater than or equal to 0");
        assertThat(page.locator("#price")).hasValue("-5");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("product-form-error.png")).setFullPage(true));

        page.fill("#price", "24.50");
        page.click("button:has-text('Save')");
        assertThat(page.locator(".message.success")).containsText("was changed");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("product-form.png")).setFullPage(true));

        page.click("a.button:has-text('History')");
        assertThat(page.locator("table.history")).containsText("24.50");
    }

    @Test
    void bulkPublishFromTheList() {
        Page page = signedIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/admin/products?q=BRW-3"));

        page.check("input[name=selected]");
        page.selectOption("#action", "publish");
        page.click("button:has-text('Go')");

        assertThat(page.locator(".message.success")).containsText("1 product(s) published");
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product WHERE sku = 'BRW-3' AND status = 'PUBLISHED'"))
                .isEqualTo(1);
    }

    @Test
    void viewerIsRefused() {
        accounts.create("browser-viewer", StaffRole.VIEWER);
        Page page = signedIn("browser-viewer", StaffAccounts.password("browser-viewer"));

        Response response = page.navigate(url("/admin/products/new"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Not allowed");
        page.navigate(url("/admin/products/" + productId("BRW-1")));
        assertThat(page.locator("#name")).isDisabled();
    }

    @Test
    void repeatedBadLoginsLockTheUsername() {
        accounts.create("browser-locked", StaffRole.EDITOR);
        Page page = chromium.browser().newContext().newPage();
        for (int i = 0; i < 5; i++) {
            login(page, "browser-locked", "wrong-password-" + i);
            assertThat(page.locator(".message.error")).containsText("correct username and password");
        }

        login(page, "browser-locked", StaffAccounts.password("browser-locked"));

        assertThat(page.locator(".message.error")).containsText("Too many failed sign-ins");
    }

    @Test
    void twoEditorsEditingTheSameProductSeeAConflict() {
        long id = productId("BRW-2");
        Page first = signedIn(ADMIN, ADMIN_PASSWORD);
        Page second = signedIn(ADMIN, ADMIN_PASSWORD);
        first.navigate(url("/admin/products/" + id));
        second.navigate(url("/admin/products/" + id));

        first.fill("#name", "Saved first");
        first.click("button:has-text('Save')");
        second.fill("#name", "Saved second");
        second.click("button:has-text('Save')");

        assertThat(second.locator(".message.error")).containsText("Someone else saved this product");
        assertThat(second.locator("section.conflict")).containsText("Saved first");
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product WHERE id = ? AND name = 'Saved first'", id))
                .isEqualTo(1);
    }

    @Test
    void apiDocsRenderUnderTheContentSecurityPolicy() {
        Page page = signedIn(ADMIN, ADMIN_PASSWORD);
        java.util.List<String> refused = new java.util.ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refused.add(message.text());
            }
        });

        page.navigate(url("/admin/api-docs"));

        assertThat(page.locator(".swagger-ui .info")).containsText("catalog admin API");
        assertThat(page.locator(".swagger-ui")).containsText("/admin/api/tokens");
        assertThat(refused).isEmpty();
    }

    @Test
    void pagesShowAFaviconAndAskForNothingTheyAreRefused() {
        Page page = signedIn(ADMIN, ADMIN_PASSWORD);
        java.util.List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            if (response.status() >= 400) {
                refused.add(response.status() + " " + response.url());
            }
        });
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                refused.add(message.text());
            }
        });

        for (String path : java.util.List.of("/admin", "/admin/products", "/admin/categories", "/admin/history",
                "/admin/schedules")) {
            page.navigate(url(path));
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        }

        assertThat(page.locator("link[rel=icon]")).hasAttribute("href", "/admin/static/favicon.svg");
        assertThat(page.request().get(url("/admin/static/favicon.svg")).status()).as("the favicon").isEqualTo(200);
        assertThat(ApiClient.at(url("")).get("/favicon.ico").status()).as("/favicon.ico, asked unprompted").isEqualTo(404);
        assertThat(refused).as("answers over 400 and console errors while browsing").isEmpty();
    }

    @Test
    void theProductListFitsAPhoneScreen() {
        Page page = signedIn(ADMIN, ADMIN_PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate(url("/admin/products"));

        Object pageWidth = page.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) pageWidth).intValue()).as("page width at 390 px: no sideways scrolling").isLessThanOrEqualTo(390);
        com.microsoft.playwright.options.BoundingBox filters = page.locator("aside.filters").boundingBox();
        assertThat(filters.x).as("filter panel's left edge").isGreaterThanOrEqualTo(0);
        assertThat(filters.x + filters.width).as("filter panel's right edge").isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("product-list-390px.png"))
                .setFullPage(true));
    }

    @Test
    void revertToAnEarlierVersionFromTheHistoryThenRestoreADeletedProduct() {
        long id = newProduct("BRW-REVERT", "19.90");
        Map<String, Object> product = api().get("/admin/api/products/" + id).json();
        Map<String, Object> edit = new java.util.HashMap<>(product);
        edit.keySet().retainAll(java.util.Set.of("sku", "name", "description", "price", "currency", "stock",
                "categoryId", "brandId", "version"));
        edit.put("price", "99.00");
        assertThat(api().put("/admin/api/products/" + id, edit).status()).isEqualTo(200);
        Page page = signedIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/admin/products/" + id + "/history"));

        page.locator("table.history tbody tr").last().locator("a:has-text('change')").click();
        assertThat(page.locator("table.version tr.differs")).containsText("19.90");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("product-version.png")).setFullPage(true));
        page.click("button:has-text('Revert to this version')");

        assertThat(page.locator(".message.success")).containsText("was reverted");
        assertThat(page.locator("table.history tbody tr").first()).containsText("revert to the version of change");
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product WHERE id = ? AND price = 19.90", id)).isOne();

        assertThat(api().delete("/admin/api/products/" + id).status()).isEqualTo(204);
        page.navigate(url("/admin/history"));
        page.click("table.history a:has-text('product BRW-REVERT')");
        page.click("button:has-text('Restore this product')");
        assertThat(page.locator(".message.success")).containsText("was restored");
        assertThat(page.locator("#sku")).hasValue("BRW-REVERT");
    }

    @Test
    void scheduleAPublishThatHappensThenCancelAnArchive() {
        long id = newProduct("BRW-SCHEDULE", "5.00");
        Page page = signedIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/admin/products/" + id));
        java.time.format.DateTimeFormatter local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
                .withZone(java.time.ZoneOffset.UTC);

        page.selectOption("#schedule-action", "PUBLISH");
        page.fill("#schedule-at", local.format(java.time.Instant.now().plusSeconds(3)));
        page.click("button:has-text('Schedule')");
        assertThat(page.locator(".message.success")).containsText("scheduled to publish");
        assertThat(page.locator("table.scheduled")).containsText("PUBLISH");

        page.waitForCondition(() -> TestDatabase.fresh().count(
                "SELECT 1 FROM product WHERE id = ? AND status = 'PUBLISHED'", id) == 1,
                new Page.WaitForConditionOptions().setTimeout(15_000));
        page.reload();
        assertThat(page.locator("table.scheduled")).containsText("Nothing is scheduled");

        page.selectOption("#schedule-action", "ARCHIVE");
        page.fill("#schedule-at", local.format(java.time.Instant.now().plusSeconds(86_400)));
        page.click("button:has-text('Schedule')");
        page.click("nav.mainnav >> text=Schedules");
        assertThat(page.locator("table.scheduled")).containsText("BRW-SCHEDULE");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("schedules.png")).setFullPage(true));
        page.click("table.scheduled tr:has-text('BRW-SCHEDULE') button:has-text('Cancel')");
        assertThat(page.locator(".message.success")).containsText("was cancelled");
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM scheduled_change WHERE product_id = ?", id)).isZero();
    }

    @Test
    void importACsvFilePreviewItThenConfirmIt() throws java.io.IOException {
        long id = newProduct("BRW-IMPORT-OLD", "5.00");
        String slug = (String) api().get("/admin/api/categories/" + categoryId).json().get("slug");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("import", ".csv");
        java.nio.file.Files.writeString(file, "sku,name,category,brand,price,currency,stock\n"
                + "BRW-IMPORT-OLD,Browser BRW-IMPORT-OLD," + slug + ",unbranded,7.50,EUR,1\n"
                + "BRW-IMPORT-NEW,Imported kettle," + slug + ",unbranded,12.00,EUR,4\n");
        java.nio.file.Path wrong = java.nio.file.Files.createTempFile("wrong", ".csv");
        java.nio.file.Files.writeString(wrong, "sku,colour\nX,red\n");
        Page page = signedIn(ADMIN, ADMIN_PASSWORD);
        page.click("nav.mainnav >> text=Products");
        page.click("a:has-text('Import CSV')");

        page.setInputFiles("#import-file", wrong);
        page.click("button:has-text('Upload and preview')");
        assertThat(page.locator(".message.error")).containsText("Unknown column(s) [colour]");

        page.setInputFiles("#import-file", file);
        page.click("button:has-text('Upload and preview')");
        assertThat(page.locator("ul.import-counts")).containsText("1 create");
        assertThat(page.locator("table.import-rows")).containsText("7.50");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-preview.png")).setFullPage(true));
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product WHERE sku = 'BRW-IMPORT-NEW'")).isZero();

        page.click("button:has-text('Confirm')");
        assertThat(page.locator(".message.success")).containsText("Imported: 2 product(s)");
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product WHERE sku = 'BRW-IMPORT-NEW'")).isOne();
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product WHERE id = ? AND price = 7.50", id)).isOne();
    }

    private long newProduct(String sku, String price) {
        return id(api().post("/admin/api/products", Map.of("sku", sku, "name", "Browser " + sku, "price", price,
                "currency", "EUR", "stock", 1, "categoryId", categoryId,
                "brandId", TestDatabase.fresh().insert("SELECT id FROM brand WHERE slug = 'unbranded'"))));
    }

    private Page signedIn(String username, String password) {
        BrowserContext context = chromium.browser().newContext();
        Page page = context.newPage();
        login(page, username, password);
        assertThat(page.locator("h1")).hasText("Dashboard");
        return page;
    }

    private void login(Page page, String username, String password) {
        page.navigate(url("/admin/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("button:has-text('Sign in')");
    }

    private long productId(String sku) {
        return ((Number) api().get("/admin/api/products?size=100&sort=id,desc").json().entrySet().stream()
                .filter(e -> e.getKey().equals("items")).findFirst().map(Map.Entry::getValue)
                .map(items -> ((java.util.List<?>) items).stream()
                        .map(item -> (Map<?, ?>) item)
                        .filter(item -> sku.equals(item.get("sku")))
                        .findFirst().orElseThrow().get("id"))
                .orElseThrow()).longValue();
    }

    private static long id(ApiClient.Response response) {
        return ((Number) response.json().get("id")).longValue();
    }

    private ApiClient api() {
        return ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD);
    }

    private String url(String path) {
        return server.getURL().toString() + path;
    }
}
