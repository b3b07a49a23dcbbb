package pl.metryka.domain.model.tlog;

import java.util.Optional;

/**
 * The coordinates of a tile (c2sp.org/tlog-tiles): a hash tile {@code tile/<L>/<N>[.p/<W>]} holds
 * the {@code W} (256 when full) consecutive Merkle tree hashes {@code N·256 … N·256+W−1} of level
 * {@code L}, each the root of 256^L leaves; an entry bundle {@code tile/entries/<N>[.p/<W>]} holds
 * the entries of the level-0 tile {@code N}. {@code N} is written in 3-digit groups, all but the
 * last prefixed with "x": 1234067 is {@code x001/x234/067}.
 *
 * @param level 0–63; 0 for an entry bundle
 */
public record Tile(boolean entries, int level, long index, int width) {

    public static final int WIDTH = 256;
    public static final int MAX_LEVEL = 63;

    public Tile {
        if (level < 0 || level > MAX_LEVEL || (entries && level != 0) || index < 0 || width < 1 || width > WIDTH) {
            throw new IllegalArgumentException("No tile " + level + "/" + index + " of width " + width + ".");
        }
    }

    public boolean full() {
        return width == WIDTH;
    }

    /** The number of level-{@code level} hashes before this tile's first: N·256. */
    public long firstHash() {
        return index * WIDTH;
    }

    /**
     * Whether a tree of {@code size} leaves has this tile: it has {@code floor(size / 256^L)}
     * complete hashes at level L, and the tile needs {@code N·256 + W} of them.
     */
    public boolean within(long size) {
        long hashes = level * 8 >= Long.SIZE ? 0 : size >>> (8 * level);
        return index <= hashes / WIDTH && index * WIDTH + width <= hashes;
    }

    /** The path after {@code tile/}: {@code 0/x001/234} or {@code entries/001.p/7}. */
    public String path() {
        return (entries ? "entries" : Integer.toString(level)) + "/" + encodeIndex(index)
                + (full() ? "" : ".p/" + width);
    }

    public static String encodeIndex(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("A tile index is >= 0.");
        }
        StringBuilder path = new StringBuilder(String.format("%03d", index % 1000));
        for (long rest = index / 1000; rest > 0; rest /= 1000) {
            path.insert(0, String.format("x%03d/", rest % 1000));
        }
        return path.toString();
    }

    /** The tile a path after {@code tile/} names, only in its one canonical spelling. */
    public static Optional<Tile> parse(String path) {
        String[] parts = path.split("/", -1);
        if (parts.length < 2) {
            return Optional.empty();
        }
        boolean entries = parts[0].equals("entries");
        if (!entries && !parts[0].matches("0|[1-9][0-9]?")) {
            return Optional.empty();
        }
        int level = entries ? 0 : Integer.parseInt(parts[0]);
        int end = parts.length;
        int width = WIDTH;
        if (parts.length >= 3 && parts[parts.length - 2].endsWith(".p")) {
            if (!parts[parts.length - 1].matches("[1-9][0-9]{0,2}")) {
                return Optional.empty();
            }
            width = Integer.parseInt(parts[parts.length - 1]);
            if (width >= WIDTH) {
                return Optional.empty();
            }
            parts[parts.length - 2] = parts[parts.length - 2].substring(0, parts[parts.length - 2].length() - 2);
            end = parts.length - 1;
        }
        try {
            long index = 0;
            for (int i = 1; i < end; i++) {
                boolean last = i == end - 1;
                if (!parts[i].matches(last ? "[0-9]{3}" : "x[0-9]{3}")) {
                    return Optional.empty();
                }
                index = Math.addExact(
                        Math.multiplyExact(index, 1000), Integer.parseInt(last ? parts[i] : parts[i].substring(1)));
            }
            Tile tile = new Tile(entries, level, index, width);
            return tile.path().equals(path) ? Optional.of(tile) : Optional.empty();
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
