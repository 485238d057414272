package dev.catalog.support.clientaddress;

import dev.catalog.support.startup.ExplainedStartupFailure;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxyAddressResolverTest {

    private static final InetAddress BALANCER = ip("10.0.0.5");

    @Test
    void theClientIsTheFirstAddressLeftOfTheTrustedProxies() {
        TrustedProxyAddressResolver resolver = resolver("X-Forwarded-For", "10.0.0.0/8");

        assertThat(resolver.clientOf(BALANCER, List.of("203.0.113.7"))).isEqualTo(ip("203.0.113.7"));
        // An ingress in front of the balancer: both are trusted, the client is left of them.
        assertThat(resolver.clientOf(BALANCER, List.of("203.0.113.7, 10.1.2.3"))).isEqualTo(ip("203.0.113.7"));
        // Field lines count in order, as if joined by commas.
        assertThat(resolver.clientOf(BALANCER, List.of("203.0.113.7", "10.1.2.3"))).isEqualTo(ip("203.0.113.7"));
    }

    @Test
    void whatAClientWroteLeftOfItsOwnAddressIsNeverBelieved() {
        TrustedProxyAddressResolver resolver = resolver("X-Forwarded-For", "10.0.0.0/8");

        // The client sent "X-Forwarded-For: 198.51.100.1"; the balancer appended the real peer.
        assertThat(resolver.clientOf(BALANCER, List.of("198.51.100.1, 203.0.113.7"))).isEqualTo(ip("203.0.113.7"));
        // Even a forged address inside the trusted range stays left of the real one.
        assertThat(resolver.clientOf(BALANCER, List.of("10.9.9.9, 203.0.113.7"))).isEqualTo(ip("203.0.113.7"));
    }

    @Test
    void aTrustedProxyWithoutAHeaderOrWithGarbageIsTheClientItself() {
        TrustedProxyAddressResolver resolver = resolver("X-Forwarded-For", "10.0.0.0/8");

        assertThat(resolver.clientOf(BALANCER, List.of())).isEqualTo(BALANCER);
        assertThat(resolver.clientOf(BALANCER, List.of("unknown"))).isEqualTo(BALANCER);
        assertThat(resolver.clientOf(BALANCER, List.of("example.com"))).isEqualTo(BALANCER);
        assertThat(resolver.clientOf(BALANCER, List.of("203.0.113.7, garbage"))).isEqualTo(BALANCER);
    }

    @Test
    void portsAndIpv6AreUnderstood() {
        TrustedProxyAddressResolver resolver = resolver("X-Forwarded-For", "10.0.0.0/8, fd00::/8");

        assertThat(resolver.clientOf(BALANCER, List.of("203.0.113.7:51234"))).isEqualTo(ip("203.0.113.7"));
        assertThat(resolver.clientOf(BALANCER, List.of("2001:db8::1"))).isEqualTo(ip("2001:db8::1"));
        assertThat(resolver.clientOf(BALANCER, List.of("[2001:db8::1]:443, fd00::3"))).isEqualTo(ip("2001:db8::1"));
    }

    @Test
    void rfc7239ForwardedIsReadWhenItIsTheConfiguredHeader() {
        TrustedProxyAddressResolver resolver = resolver("Forwarded", "10.0.0.0/8");

        assertThat(resolver.clientOf(BALANCER, List.of("for=198.51.100.1;proto=https, for=\"[2001:db8:cafe::17]:4711\";by=10.0.0.5")))
                .isEqualTo(ip("2001:db8:cafe::17"));
        assertThat(resolver.clientOf(BALANCER, List.of("For=203.0.113.7"))).isEqualTo(ip("203.0.113.7"));
        assertThat(resolver.clientOf(BALANCER, List.of("for=_hidden"))).isEqualTo(BALANCER);
    }

    @Test
    void aRangeThatIsNotOneStopsTheServiceWithTheReason() {
        for (String bad : List.of("10.0.0.0/33", "10.0.0/8", "proxy.internal", "10.0.0.0/x", "::1/129")) {
            assertThatThrownBy(() -> resolver("X-Forwarded-For", bad))
                    .as(bad)
                    .isInstanceOf(ExplainedStartupFailure.class)
                    .hasMessageContaining("TRUSTED_PROXIES")
                    .hasMessageContaining(bad);
        }
    }

    @Test
    void singleAddressesAndBlanksAreAccepted() {
        TrustedProxies proxies = TrustedProxies.of(List.of(" 127.0.0.1 ", "", "::1"));

        assertThat(proxies.contains(ip("127.0.0.1"))).isTrue();
        assertThat(proxies.contains(ip("127.0.0.2"))).isFalse();
        assertThat(proxies.contains(ip("::1"))).isTrue();
        assertThat(TrustedProxies.of(List.of("")).isEmpty()).isTrue();
    }

    private static TrustedProxyAddressResolver resolver(String header, String cidrs) {
        return new TrustedProxyAddressResolver(new ClientAddressConfiguration(List.of(cidrs.split(",")), header));
    }

    private static InetAddress ip(String literal) {
        return ForwardedFor.address(literal).orElseThrow();
    }
}
