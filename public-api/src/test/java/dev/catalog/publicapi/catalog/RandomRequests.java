package dev.catalog.publicapi.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random, mostly hostile request targets for the product endpoints. Every target is a legal URI (whatever
 * must be percent-encoded is), so the HTTP client sends it as it is and the server has to cope with it.
 */
final class RandomRequests {

    private static final List<String> PARAMETERS =
            List.of("limit", "cursor", "category", "minPrice", "maxPrice", "inStock", "q", "sort");
    private static final List<String> JUNK_PARAMETERS = List.of("page", "offset", "size", "Limit", "SORT", "q[]",
            "sort[0]", "price", "in_stock", "min_price", "", " ", "cursor ", "q\u0000", "ünïcödé", "%", "=",
            "__proto__", "a".repeat(300));
    private static final List<String> SORTS = List.of("name", "-name", "price", "-price", "updatedAt", "-updatedAt");
    private static final List<String> BROKEN_UTF8 = List.of("%FF", "%C3%28", "%ED%A0%80", "%F4%90%80%80", "%C0%AF",
            "%E2%82", "%80");
    // What java.net.URI accepts unescaped in a query, less the separators '&', '=' and '+'; and in a path segment.
    private static final String QUERY_SAFE = "-_.!~*'();/?:@$,";
    private static final String SEGMENT_SAFE = "-_.!~*'();:@&=+$,";

    private final Random random;
    private final RandomValues values;
    private final List<String> slugs;
    private final List<String> realPages;

    /**
     * @param slugs     categories that exist, so that some random queries find rows
     * @param realPages queries ending in a cursor the API issued for them, to be followed, cut and spliced
     */
    RandomRequests(Random random, List<String> slugs, List<String> realPages) {
        this.random = random;
        this.slugs = slugs;
        this.realPages = realPages;
        this.values = new RandomValues(random, realPages.stream().map(RandomRequests::cursorOf).toList());
    }

    /** A query string of parameters, real ones and junk, repeated or not, with plausible or hostile values. */
    String listQuery() {
        List<String> pairs = new ArrayList<>();
        if (random.nextInt(5) == 0) {
            pairs.add(values.pick(realPages));
        }
        int count = random.nextInt(7);
        for (int i = 0; i < count; i++) {
            String name = random.nextInt(10) < 8 ? values.pick(PARAMETERS) : values.pick(JUNK_PARAMETERS);
            pairs.add(switch (random.nextInt(15)) {
                case 0 -> encode(name, QUERY_SAFE);
                case 1 -> encode(name, QUERY_SAFE) + "=";
                default -> encode(name, QUERY_SAFE) + "=" + encode(valueFor(name), QUERY_SAFE);
            });
        }
        String separator = random.nextInt(20) == 0 ? "&&" : "&";
        return String.join(separator, pairs) + (random.nextInt(20) == 0 ? "&" : "");
    }

    /** One path segment: numbers of every size and shape, and everything else. */
    String idSegment() {
        return encode(switch (random.nextInt(6)) {
            case 0 -> String.valueOf(random.nextLong());
            case 1 -> String.valueOf(random.nextInt(1000));
            case 2 -> values.number();
            default -> values.any();
        }, SEGMENT_SAFE);
    }

    /** One path segment: sku-like text of every length and case, and everything else. */
    String skuSegment() {
        return encode(random.nextBoolean() ? values.skuLike() : values.any(), SEGMENT_SAFE);
    }

    /** What a cursor could hold as its position, "value|id" or not: real-looking or hostile, never encoded. */
    String position() {
        String value = switch (random.nextInt(4)) {
            case 0 -> values.number();
            case 1 -> values.instant();
            default -> values.any();
        };
        return random.nextInt(4) == 0 ? value : value + "|" + (random.nextBoolean() ? random.nextLong() : values.any());
    }

    /** A random index below {@code bound}, from this generator's seed. */
    int index(int bound) {
        return random.nextInt(bound);
    }

    // Half the time a value the parameter could really take, so that many queries get past the parser.
    private String valueFor(String name) {
        if (random.nextBoolean()) {
            return values.any();
        }
        return switch (name) {
            case "limit" -> String.valueOf(1 + random.nextInt(100));
            case "cursor" -> values.cursor();
            case "category" -> values.pick(slugs);
            case "minPrice", "maxPrice" -> random.nextInt(random.nextBoolean() ? 50 : 100_000) + "." + random.nextInt(100);
            case "inStock" -> String.valueOf(random.nextBoolean());
            case "q" -> values.words();
            case "sort" -> values.pick(SORTS);
            default -> values.any();
        };
    }

    private static String cursorOf(String page) {
        return page.substring(page.indexOf("cursor=") + "cursor=".length());
    }

    /**
     * Percent-encodes the UTF-8 bytes of {@code text}, except ASCII letters, digits and {@code safe} characters.
     * Now and then a space becomes {@code +} or a malformed UTF-8 sequence is slipped in, still as legal escapes.
     */
    private String encode(String text, String safe) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || safe.indexOf(c) >= 0)) {
                encoded.append(c);
            } else if (c == ' ' && random.nextInt(4) == 0) {
                encoded.append('+');
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        if (random.nextInt(25) == 0) {
            encoded.insert(random.nextBoolean() ? 0 : encoded.length(), values.pick(BROKEN_UTF8));
        }
        return encoded.toString();
    }
}
