package dev.catalog.publicapi.replicas;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayRequirementsTest {

    private final ReplayRequirements requirements = new ReplayRequirements(new ReplicaConfiguration(
            "standby", 5432, null, Duration.ofSeconds(1), Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(1)));

    @Test
    void aProductNeedsItsOwnLastChangeAndAListNeedsTheLastOfAll() {
        requirements.productChanged(1, "SKU-1", 100);
        requirements.productChanged(2, "SKU-2", 200);

        assertThat(requirements.forProduct(1)).isEqualTo(100);
        assertThat(requirements.forSku("SKU-1")).isEqualTo(100);
        assertThat(requirements.forProduct(2)).isEqualTo(200);
        assertThat(requirements.forProduct(3)).as("never changed").isZero();
        assertThat(requirements.forAnything()).isEqualTo(200);
    }

    @Test
    void aLaterChangeOfTheSameProductRaisesItsRequirementNeverLowersIt() {
        requirements.productChanged(1, "SKU-1", 300);
        requirements.productChanged(1, "SKU-1", 250); // positions read out of order must not lower it

        assertThat(requirements.forProduct(1)).isEqualTo(300);
    }

    @Test
    void everythingChangedRaisesEveryKey() {
        requirements.productChanged(1, "SKU-1", 100);
        requirements.everythingChanged(500);

        assertThat(requirements.forProduct(1)).isEqualTo(500);
        assertThat(requirements.forProduct(42)).isEqualTo(500);
        assertThat(requirements.forSku("ANY")).isEqualTo(500);
    }

    @Test
    void tooManyRememberedProductsFoldIntoOneFloorThatStillCoversThem() {
        for (long id = 1; id <= 30_000; id++) {
            requirements.productChanged(id, "SKU-" + id, id);
        }
        assertThat(requirements.forProduct(1)).as("folded: stricter than needed, never looser").isGreaterThanOrEqualTo(1);
        assertThat(requirements.forProduct(29_999)).isGreaterThanOrEqualTo(29_999);
        assertThat(requirements.forProduct(30_000)).isGreaterThanOrEqualTo(30_000);
    }
}
