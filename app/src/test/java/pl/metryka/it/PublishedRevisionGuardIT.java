package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Even code inside the application cannot write a changed published revision through JPA. */
@ExtendWith(ArquillianExtension.class)
class PublishedRevisionGuardIT {

    @Inject
    private RevisionTampering tampering;

    @Test
    void jpaRefusesToUpdateAPublishedRevision() {
        long documentId = tampering.firstPublishedDocument();
        String before = tampering.title(documentId, 1);
        assertThrows(Exception.class, () -> tampering.changeTitleThroughJpa(documentId, 1, "Podmieniony tytuł"));
        assertEquals(before, tampering.title(documentId, 1));
    }
}
