package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.application.StatutoryPages;
import pl.metryka.domain.model.site.EditorialContact;

/** Runs inside Payara Micro: the statutory pages' service, with no caller signed in. */
@ExtendWith(ArquillianExtension.class)
class StatutoryPagesServiceIT {

    @Inject
    private StatutoryPages pages;

    @Test
    void onlyAnAdministratorMayStoreTheTextOfAPage() {
        assertThrows(EJBAccessException.class, () -> pages.store("redakcja", "Redakcja", "<p>Nowa treść</p>"));
        assertTrue(pages.page("redakcja").isEmpty(), "nothing was stored");
    }

    @Test
    void theEditorsAreReadInTheirOrderByAnybody() {
        List<String> names =
                pages.editors().stream().map(EditorialContact::fullName).toList();
        assertEquals(List.of("Rafał Jaworski", "Katarzyna Nowak"), names);
    }
}
