package pl.metryka.domain.model.tlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.metryka.test.TlogClient;

class TileTest {

    @Test
    void indexesAreWrittenInThreeDigitGroupsAllButTheLastWithAnX() {
        assertEquals("000", Tile.encodeIndex(0));
        assertEquals("999", Tile.encodeIndex(999));
        assertEquals("x001/000", Tile.encodeIndex(1000));
        assertEquals("x001/x234/067", Tile.encodeIndex(1234067), "the example of c2sp.org/tlog-tiles");
        assertEquals("x009/x223/x372/x036/x854/x775/807", Tile.encodeIndex(Long.MAX_VALUE));
        for (long n : new long[] {0, 7, 999, 1000, 1001, 65535, 999999, 1000000, 1234067, 3906250}) {
            assertEquals(TlogClient.index(n), Tile.encodeIndex(n), "as an independent client writes " + n);
        }
    }

    @Test
    void pathsRoundTripAndOnlyTheCanonicalSpellingIsRead() {
        for (Tile tile : new Tile[] {
            new Tile(false, 0, 0, 256),
            new Tile(false, 0, 1234067, 17),
            new Tile(true, 0, 1000, 1),
            new Tile(false, 63, 5, 255),
            new Tile(true, 0, 3, 256)
        }) {
            assertEquals(Optional.of(tile), Tile.parse(tile.path()), tile.path());
        }
        assertEquals("0/x001/x234/067.p/5", new Tile(false, 0, 1234067, 5).path());
        assertEquals("entries/x001/000", new Tile(true, 0, 1000, 256).path());
        for (String bad : new String[] {
            "0/1",
            "0/0000",
            "0/x000/001",
            "00/000",
            "64/000",
            "-1/000",
            "0/000.p/256",
            "0/000.p/0",
            "0/000.p/01",
            "0/000.p",
            "0/000.p/",
            "entries/000.p/300",
            "0/x1/000",
            "0/001/002",
            "0/",
            "0",
            "entries",
            "1/x999/x999/x999/x999/x999/x999/x999/999",
            "a/000",
            "0/000/"
        }) {
            assertFalse(Tile.parse(bad).isPresent(), bad);
        }
    }

    @Test
    void aTreeHasTheTilesC2spListsForIt() {
        // "a tree of size 70,000 will be represented by 273 full level 0 tiles, one partial level 0 tile of width 112,
        // one full level 1 tile, one partial level 1 tile of width 17, and one partial level 2 tile of width 1"
        long size = 70_000;
        assertTrue(new Tile(false, 0, 272, 256).within(size));
        assertFalse(new Tile(false, 0, 273, 256).within(size));
        assertTrue(new Tile(false, 0, 273, 112).within(size));
        assertFalse(new Tile(false, 0, 273, 113).within(size));
        assertTrue(new Tile(true, 0, 273, 112).within(size));
        assertTrue(new Tile(false, 1, 0, 256).within(size));
        assertTrue(new Tile(false, 1, 1, 17).within(size));
        assertFalse(new Tile(false, 1, 1, 18).within(size));
        assertTrue(new Tile(false, 2, 0, 1).within(size));
        assertFalse(new Tile(false, 3, 0, 1).within(size));
        assertFalse(new Tile(false, 0, Long.MAX_VALUE / 256, 256).within(size));
        // "a tree of size 256 will be represented by a full level 0 tile and a partial level 1 tile of width 1"
        assertTrue(new Tile(false, 0, 0, 256).within(256));
        assertTrue(new Tile(false, 1, 0, 1).within(256));
        assertFalse(new Tile(false, 0, 1, 1).within(256));
        assertFalse(new Tile(false, 63, 0, 1).within(Long.MAX_VALUE));
        assertFalse(new Tile(false, 0, 0, 1).within(0));
    }
}
