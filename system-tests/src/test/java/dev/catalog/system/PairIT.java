package dev.catalog.system;

import dev.catalog.testing.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two packaged services as real processes on one fresh database, tested only through HTTP (and the
 * database's own answers): what staff do shows on public-api, quickly, drafts never, restarts serve
 * nothing stale.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PairIT {

    ThePair pair;
    Staff staff;
    long categoryId;

    @BeforeAll
    void startThePair() {
        pair = new ThePair();
        staff = new Staff(pair.admin.url());
        categoryId = staff.createCategory();
    }

    @AfterAll
    void stopThePair() {
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void everyStaffChangeShowsOnPublicApi() {
        long id = staff.createDraft(categoryId, "Lifecycle lamp");
        assertThat(publicProduct(id).status()).isEqualTo(404);

        staff.publish(id);
        awaitPublic(id, response -> response.status() == 200);
        staff.edit(id, "Lifecycle lamp, renamed", "PUBLISHED");
        awaitPublic(id, response -> response.body().contains("Lifecycle lamp, renamed"));
        staff.archive(id);
        awaitPublic(id, response -> response.status() == 404);
        staff.publish(id);
        awaitPublic(id, response -> response.status() == 200);
        staff.delete(id);
        awaitPublic(id, response -> response.status() == 404);
    }

    @Test
    void editsAreServedWithin100MsAtP99WhileReadersRead() throws Exception {
        long id = staff.createDraft(categoryId, "Propagation probe");
        staff.publish(id);
        List<Long> lagsMs = new ArrayList<>();
        try (Readers readers = new Readers(pair.publicApi.url(), 4)) {
            for (int edit = 0; edit < 200; edit++) {
                String name = "Propagation probe " + edit;
                staff.edit(id, name, "PUBLISHED");
                long saved = System.nanoTime();
                awaitPublic(id, response -> response.body().contains("\"" + name + "\""));
                lagsMs.add((System.nanoTime() - saved) / 1_000_000);
            }
            assertThat(readers.failures.get()).as("failed reads of the background load").isZero();
        }
        lagsMs.sort(null);
        long p50 = lagsMs.get(99);
        long p99 = lagsMs.get(197);
        System.out.printf("propagation over 200 edits under 4 readers: p50 %d ms, p99 %d ms, max %d ms%n",
                p50, p99, lagsMs.get(199));
        assertThat(p99).as("p99 of admin answer -> public-api serves the edit, ms").isLessThanOrEqualTo(100);
    }

    @Test
    void draftNeverAppearsWhileItIsEditedAndPublished() throws Exception {
        long id = staff.createDraft(categoryId, "Secret draft");
        List<Integer> seenBeforePublish = new ArrayList<>();
        // a flag, not an interrupt: an interrupt lands in the middle of a request and kills the thread noisily
        AtomicBoolean editing = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (editing.get()) {
                seenBeforePublish.add(publicProduct(id).status());
            }
        });
        watcher.start();
        for (int i = 0; i < 20; i++) {
            staff.edit(id, "Secret draft v" + i, "DRAFT");
        }
        editing.set(false);
        watcher.join();
        staff.publish(id);

        assertThat(seenBeforePublish).isNotEmpty().containsOnly(404);
        awaitPublic(id, response -> response.status() == 200);
    }

    @Test
    void restartedPublicApiServesNothingStale() throws Exception {
        long id = staff.createDraft(categoryId, "Restart probe");
        staff.publish(id);
        awaitPublic(id, response -> response.status() == 200);

        assertThat(pair.publicApi.terminate(java.time.Duration.ofSeconds(30))).as("exit status after SIGTERM").isIn(0, 143);
        for (int i = 0; i < 5; i++) {
            staff.edit(id, "Edited while public-api was down " + i, "PUBLISHED");
        }
        pair.publicApi = pair.newPublicApi().start();

        assertThat(publicProduct(id).body()).contains("Edited while public-api was down 4");
    }

    private ApiClient.Response publicProduct(long id) {
        return ApiClient.at(pair.publicApi.url()).get("/api/v1/products/" + id);
    }

    private void awaitPublic(long id, Predicate<ApiClient.Response> fresh) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        ApiClient.Response last = publicProduct(id);
        while (!fresh.test(last)) {
            assertThat(System.nanoTime()).as("public-api still serves %s", last).isLessThan(deadline);
            last = publicProduct(id);
        }
    }
}
