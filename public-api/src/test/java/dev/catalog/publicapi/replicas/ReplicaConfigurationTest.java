package dev.catalog.publicapi.replicas;

import dev.catalog.publicapi.replicas.ReplicaConfiguration.Address;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplicaConfigurationTest {

    @Test
    void noReadSettingsMeanNoStandby() {
        assertThat(settings("", 5432, "").standbys()).isEmpty();
        assertThat(settings(null, 5432, null).standbys()).isEmpty();
    }

    @Test
    void oneHostTakesTheReadPort() {
        assertThat(settings("standby", 6432, "").standbys()).containsExactly(new Address("standby", 6432));
    }

    @Test
    void aListNamesSeveralWithTheirOwnPortsOnceEach() {
        assertThat(settings("a", 5432, " b:5433, c ,a").standbys())
                .containsExactly(new Address("a", 5432), new Address("b", 5433), new Address("c", 5432));
    }

    @Test
    void aPortThatIsNoNumberIsNamedInTheRefusal() {
        assertThatThrownBy(() -> settings("", 5432, "b:five").standbys())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DB_READ_HOSTS").hasMessageContaining("b:five");
    }

    private static ReplicaConfiguration settings(String host, int port, String hosts) {
        return new ReplicaConfiguration(host, port, hosts, Duration.ofSeconds(1), Duration.ofMillis(50),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
    }
}
