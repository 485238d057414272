package dev.catalog.load;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;

/** Public reads alone, at USERS_PER_SECOND new readers a second. */
public class PublicReadsSimulation extends Simulation {

    {
        setUp(PublicReads.scenario().injectOpen(constantUsersPerSec(LoadSettings.USERS_PER_SECOND)
                .during(LoadSettings.DURATION)))
                .protocols(PublicReads.protocol())
                .assertions(
                        global().failedRequests().percent().lte(LoadSettings.MAX_FAILED_PERCENT),
                        global().responseTime().percentile(95.0).lte(LoadSettings.P95_MS),
                        global().responseTime().percentile(99.0).lte(LoadSettings.P99_MS));
    }

    @Override
    public void before() {
        Warmup.run(null);
    }
}
