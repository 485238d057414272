package dev.catalog.publicapi.catalog;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * PUBLIC_CURSOR_SECRET signs page cursors, so a cursor this API did not issue is refused. Give every
 * instance behind one load balancer the same secret, or a cursor from one is refused by the other.
 */
@ConfigurationProperties("catalog.cursor")
record CursorConfiguration(@NotBlank @Size(min = 16) String secret) {
}
