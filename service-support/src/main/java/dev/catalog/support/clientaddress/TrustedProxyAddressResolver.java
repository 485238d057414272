package dev.catalog.support.clientaddress;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The one rule for "who is this client", for the rate limit, the access log and anything else that
 * records an address. The socket's peer is the client unless it is a trusted proxy; only then is the
 * proxy's forwarded header read, from the right (the hop nearest to us), skipping trusted proxies: the
 * first address outside them is the client. What lies left of it is the client's own claim and is never
 * believed. Micronaut's default resolver believes any client's X-Forwarded-For; this one replaces it.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public class TrustedProxyAddressResolver implements HttpClientAddressResolver {

    private static final String RESOLVED = "catalog.clientAddress";

    private final TrustedProxies proxies;
    private final String header;

    TrustedProxyAddressResolver(ClientAddressConfiguration configuration) {
        this.proxies = TrustedProxies.of(configuration.trustedProxies());
        this.header = configuration.header();
    }

    @Override
    @NonNull
    @SuppressWarnings("rawtypes") // as HttpClientAddressResolver declares it
    public String resolve(@NonNull HttpRequest request) {
        Optional<String> known = request.getAttribute(RESOLVED, String.class);
        if (known.isPresent()) {
            return known.get();
        }
        String client = clientOf(request).getHostAddress();
        request.setAttribute(RESOLVED, client);
        return client;
    }

    private InetAddress clientOf(HttpRequest<?> request) {
        InetAddress peer = request.getRemoteAddress().getAddress();
        if (peer == null) {
            return InetAddress.getLoopbackAddress();
        }
        return proxies.isEmpty() || !proxies.contains(peer) ? peer : clientOf(peer, request.getHeaders().getAll(header));
    }

    /** The client, given a trusted peer and the field lines of the forwarded header it sent. */
    InetAddress clientOf(InetAddress trustedPeer, List<String> forwardedHeader) {
        InetAddress nearest = trustedPeer;
        List<Optional<InetAddress>> hops = ForwardedFor.hops(header, forwardedHeader);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = hops.get(i);
            if (hop.isEmpty()) {
                // A trusted proxy reported something that is not an address: it is the last hop we know.
                return nearest;
            }
            nearest = hop.get();
            if (!proxies.contains(nearest)) {
                return nearest;
            }
        }
        return nearest;
    }
}
