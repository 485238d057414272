package dev.catalog.support.clientaddress;

import dev.catalog.support.startup.ExplainedStartupFailure;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/** The CIDR ranges of the proxies whose forwarded headers are believed; parsed once, at start. */
final class TrustedProxies {

    private final List<IpSubnetFilterRule> ranges;

    private TrustedProxies(List<IpSubnetFilterRule> ranges) {
        this.ranges = ranges;
    }

    /** @param cidrs such as {@code 10.0.0.0/8}, {@code fd00::/8} or a single address; blanks are ignored */
    static TrustedProxies of(List<String> cidrs) {
        List<IpSubnetFilterRule> ranges = new ArrayList<>();
        for (String cidr : cidrs) {
            if (!cidr.isBlank()) {
                ranges.add(range(cidr.strip()));
            }
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    boolean contains(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        for (IpSubnetFilterRule range : ranges) {
            if (range.matches(socket)) {
                return true;
            }
        }
        return false;
    }

    private static IpSubnetFilterRule range(String cidr) {
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null) {
            throw invalid(cidr);
        }
        int maxBits = bytes.length * 8;
        int bits;
        try {
            bits = slash < 0 ? maxBits : Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw invalid(cidr);
        }
        if (bits < 0 || bits > maxBits) {
            throw invalid(cidr);
        }
        return new IpSubnetFilterRule(address, bits, IpFilterRuleType.ACCEPT);
    }

    private static ExplainedStartupFailure invalid(String cidr) {
        return new ExplainedStartupFailure("TRUSTED_PROXIES: '" + cidr + "' is not an IP address or CIDR range "
                + "(for example 10.0.0.0/8, 172.16.0.0/12 or fd00::/8); separate several with commas");
    }
}
