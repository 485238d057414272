package dev.catalog.publicapi.replicas;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The read-only servers (PostgreSQL hot standbys) public reads may use; none by default.
 *
 * @param host         DB_READ_HOST: one standby
 * @param port         DB_READ_PORT: its port (and the default port of {@code hosts})
 * @param hosts        DB_READ_HOSTS: several standbys, comma-separated {@code host[:port]}
 * @param maxLag       PUBLIC_MAX_REPLICA_LAG: a standby further behind the primary than this gets no reads
 * @param pollInterval how often each standby's replay position is read (reads of a key edited since wait
 *                     at most this long before they may use a standby again)
 * @param pollTimeout  a standby that does not answer its poll within this is treated as unreachable
 * @param readTimeout  a read on a standby that takes longer is given up and asked of the primary
 */
@ConfigurationProperties("catalog.replicas")
public record ReplicaConfiguration(
        @Nullable String host,
        @Min(1) int port,
        @Nullable String hosts,
        @NotNull Duration maxLag,
        @NotNull Duration pollInterval,
        @NotNull Duration pollTimeout,
        @NotNull Duration readTimeout) {

    /** Every configured standby as {@code host:port}, in the order given, without repeats. */
    public List<Address> standbys() {
        List<Address> all = new ArrayList<>();
        for (String entry : ((host == null ? "" : host) + "," + (hosts == null ? "" : hosts)).split(",")) {
            String trimmed = entry.trim();
            if (!trimmed.isEmpty()) {
                Address address = Address.parse(trimmed, port);
                if (!all.contains(address)) {
                    all.add(address);
                }
            }
        }
        return all;
    }

    /** A standby's network address. */
    public record Address(String host, int port) {

        static Address parse(String entry, int defaultPort) {
            int colon = entry.lastIndexOf(':');
            if (colon < 0) {
                return new Address(entry, defaultPort);
            }
            try {
                return new Address(entry.substring(0, colon), Integer.parseInt(entry.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("DB_READ_HOSTS: '" + entry + "' is not host or host:port", e);
            }
        }

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }
}
