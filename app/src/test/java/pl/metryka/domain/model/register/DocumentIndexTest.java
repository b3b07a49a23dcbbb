package pl.metryka.domain.model.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.shared.Sha256;
import pl.metryka.test.RegisterHeads;

/** The signed text of a bundle's index.json, byte for byte as docs/bundle-format.md gives it. */
class DocumentIndexTest {

    @Test
    void theSignedTextIsTheFormLineTheDocumentTheTreeAndOneLinePerEntry() throws ReflectiveOperationException {
        RegisterHead head = RegisterHeads.empty();
        Instant at = Instant.parse("2025-05-27T07:40:00Z");
        RegisterEntry published = RegisterEntry.append(
                head,
                new Change(
                        at,
                        "Rafał Jaworski",
                        RegisterAction.PUBLISHED,
                        9L,
                        1,
                        "Oświadczenie majątkowe",
                        null,
                        Sha256.hex("wersja 1")));
        RegisterEntry category = RegisterEntry.append(
                head,
                new Change(
                        at, "Rafał Jaworski", RegisterAction.CATEGORY_CHANGED, null, null, "Oświadczenia", null, null));
        RegisterEntry withdrawn = RegisterEntry.append(
                head,
                new Change(
                        at.plusSeconds(60),
                        "Rafał Jaworski",
                        RegisterAction.WITHDRAWN,
                        9L,
                        1,
                        "Oświadczenie majątkowe",
                        "omyłka",
                        Sha256.hex("wersja 1")));
        String root = "ab".repeat(32);

        String text = new DocumentIndex(9, 3, root, List.of(published, withdrawn)).signedText();

        assertEquals(
                "metryka document index v1\n"
                        + "document 9\n"
                        + "tree 3 " + root + "\n"
                        + "1 PUBLISHED 1 " + published.hash() + "\n"
                        + "3 WITHDRAWN 1 " + withdrawn.hash() + "\n",
                text);
        assertEquals(2, category.seq(), "the entry between them is not the document's and is not listed");
    }
}
