package dev.catalog.support.clientaddress;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.util.List;

/**
 * Whether a request came over TLS: to this process, or to a trusted proxy that ended TLS and says so.
 * The same trust rule as the client address: only a peer in TRUSTED_PROXIES is believed, and only in
 * the one header configured there ({@code X-Forwarded-Proto} beside {@code X-Forwarded-For}, the
 * {@code proto=} parameter of {@code Forwarded}); the nearest proxy's word (the last value) counts.
 */
@Singleton
public class RequestScheme {

    private final TrustedProxies proxies;
    private final boolean rfc7239;

    RequestScheme(ClientAddressConfiguration configuration) {
        this.proxies = TrustedProxies.of(configuration.trustedProxies());
        this.rfc7239 = "Forwarded".equalsIgnoreCase(configuration.header());
    }

    public boolean isHttps(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        InetAddress peer = request.getRemoteAddress().getAddress();
        if (peer == null || proxies.isEmpty() || !proxies.contains(peer)) {
            return false;
        }
        List<String> lines = request.getHeaders().getAll(rfc7239 ? "Forwarded" : "X-Forwarded-Proto");
        return "https".equalsIgnoreCase(nearest(lines));
    }

    private String nearest(List<String> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        String[] elements = lines.get(lines.size() - 1).split(",");
        String last = elements[elements.length - 1].strip();
        return rfc7239 ? ForwardedFor.parameter(last, "proto") : last;
    }
}
