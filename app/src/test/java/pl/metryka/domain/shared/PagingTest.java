package pl.metryka.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void anOffsetBeyondAnIntIsRefusedNamingThePageNotWrappedRound() {
        assertEquals(2_147_483_600, Paging.offset(21_474_836, 100));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Paging.offset(21_474_837, 100));
        assertEquals("page", e.errors().get(0).field());
        assertEquals(
                "page",
                assertThrows(InvalidInputException.class, () -> Paging.offset(-1, 20))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(
                "size",
                assertThrows(InvalidInputException.class, () -> Paging.offset(0, 0))
                        .errors()
                        .get(0)
                        .field());
    }

    @Test
    void aPagePastTheEndIsTheLastPageHoldingRows() {
        assertEquals(2, Paging.within(Integer.MAX_VALUE, 101, 50));
        assertEquals(1, Paging.within(Integer.MAX_VALUE, 100, 50));
        assertEquals(0, Paging.within(5, 0, 50));
        assertEquals(1, Paging.within(1, 101, 50));
    }
}
