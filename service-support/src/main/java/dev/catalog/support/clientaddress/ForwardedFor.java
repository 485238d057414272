package dev.catalog.support.clientaddress;

import io.netty.util.NetUtil;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The addresses a request passed through, as proxies wrote them: {@code X-Forwarded-For: client, proxy1}
 * or RFC 7239's {@code Forwarded: for=client, for="[2001:db8::1]:4711"}. Nothing here resolves a host
 * name: an entry that is not an IP address literal ({@code unknown}, an obfuscated name) is empty.
 */
final class ForwardedFor {

    private ForwardedFor() {
    }

    /** Every hop, leftmost (the furthest from us) first; each field line of the header in order. */
    static List<Optional<InetAddress>> hops(String headerName, List<String> fieldLines) {
        boolean rfc7239 = "Forwarded".equalsIgnoreCase(headerName);
        List<Optional<InetAddress>> hops = new ArrayList<>();
        for (String line : fieldLines) {
            for (String element : line.split(",")) {
                hops.add(address(rfc7239 ? forParameter(element) : element));
            }
        }
        return hops;
    }

    // "for=192.0.2.60;proto=http;by=203.0.113.43" -> "192.0.2.60"
    private static String forParameter(String element) {
        return parameter(element, "for");
    }

    /** One parameter of a Forwarded element ({@code proto} of "for=192.0.2.60;proto=https" is "https"). */
    static String parameter(String element, String name) {
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase(name)) {
                return pair.substring(equals + 1).strip().replace("\"", "");
            }
        }
        return "";
    }

    static Optional<InetAddress> address(String raw) {
        String value = raw.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            value = close < 0 ? "" : value.substring(1, close);
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            value = value.substring(0, value.indexOf(':'));
        }
        return Optional.ofNullable(NetUtil.createInetAddressFromIpAddressString(value));
    }
}
