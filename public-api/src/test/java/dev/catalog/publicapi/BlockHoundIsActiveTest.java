package dev.catalog.publicapi;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guard itself: a blocking call on a Reactor non-blocking thread must fail. */
class BlockHoundIsActiveTest {

    @AfterEach
    void forgetTheProvokedViolation() {
        BlockHoundExtension.forgetViolations();
    }

    @Test
    void sleepingOnAParallelThreadFails() {
        Mono<String> blocking = Mono.fromCallable(() -> {
            Thread.sleep(1);
            return "slept";
        }).subscribeOn(Schedulers.parallel());

        assertThatThrownBy(() -> blocking.block(Duration.ofSeconds(5))).hasMessageContaining("Blocking call");
    }
}
