package pl.metryka.infrastructure.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A list of IP addresses and CIDR ranges (IPv4 and IPv6), as a setting writes it:
 * {@code 127.0.0.1, 10.0.0.0/8, ::1}. Only literal addresses: a host name is refused, never
 * looked up, so a setting never depends on DNS and a header never causes a lookup.
 */
public final class AddressRanges {

    /** What an IPv4 or IPv6 literal may consist of; checked before InetAddress parses it (which would resolve a name). */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private record Range(byte[] network, int bits, String text) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Range> ranges;

    private AddressRanges(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * {@code text}: comma- or space-separated addresses and ranges; empty means none.
     * @throws IllegalStateException naming {@code setting} when an entry is not an address or range
     */
    public static AddressRanges parse(String text, String setting) {
        List<Range> parsed = new ArrayList<>();
        for (String entry : text.split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("/", 2);
            byte[] network = literal(parts[0])
                    .map(AddressRanges::bytes)
                    .orElseThrow(
                            () -> new IllegalStateException(setting + ": not an IP address or CIDR range: " + entry));
            int bits = network.length * 8;
            if (parts.length == 2) {
                try {
                    bits = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalStateException(setting + ": not a CIDR prefix length: " + entry);
                }
            }
            parsed.add(new Range(network, bits, entry));
        }
        return new AddressRanges(parsed);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether {@code address} (a literal IP address; anything else is not contained) is in one of the ranges. */
    public boolean contains(String address) {
        if (ranges.isEmpty() || address == null) {
            return false;
        }
        Optional<String> literal = literal(address);
        if (literal.isEmpty()) {
            return false;
        }
        byte[] bytes = bytes(literal.get());
        return ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    /**
     * {@code text} when it is an IP literal ({@code [::1]} loses its brackets, an IPv4 {@code :port} is
     * dropped, as some proxies write it), otherwise empty.
     */
    static Optional<String> literal(String text) {
        String t = text.strip();
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            t = close < 0 ? "" : t.substring(1, close);
        } else if (t.indexOf(':') > 0 && t.indexOf(':') == t.lastIndexOf(':') && t.contains(".")) {
            t = t.substring(0, t.indexOf(':'));
        }
        if (t.isEmpty()
                || !LITERAL.matcher(t).matches()
                || (!t.contains(":") && !t.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(t).getHostAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static byte[] bytes(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    @Override
    public String toString() {
        return ranges.stream().map(Range::text).toList().toString();
    }
}
