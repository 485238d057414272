package dev.catalog.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;

/** Staff edits alone, through the admin API with a personal token. */
public class StaffEditsSimulation extends StaffSimulation {

    {
        setUp(StaffEdits.scenario().injectOpen(constantUsersPerSec(StaffEdits.usersPerSecond()).during(LoadSettings.DURATION)))
                .protocols(StaffEdits.protocol(token.secret()))
                .assertions(
                        global().failedRequests().percent().lte(LoadSettings.MAX_FAILED_PERCENT),
                        global().responseTime().percentile(99.0).lte(LoadSettings.P99_MS));
    }
}
