package pl.metryka.interfaces.tlog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import pl.metryka.application.tlog.TransparencyLog;
import pl.metryka.domain.model.tlog.Tile;

/**
 * The read side of the log (c2sp.org/tlog-tiles with prefix {@code /tlog}). The checkpoint changes
 * with every register entry, so it is revalidated on every read (its ETag is its bytes' hash, the
 * same on every instance); a full tile or bundle never changes and is cached for a year; a partial
 * one is cached briefly, as the full tile replaces it in clients' eyes once the tree has grown.
 */
@WebServlet("/tlog/*")
public class TlogServlet extends HttpServlet {

    static final String PARTIAL = "public, max-age=60";

    @Inject
    private TransparencyLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        if (path.equals("/checkpoint")) {
            Optional<String> note = log.signedCheckpoint();
            if (note.isEmpty()) {
                TlogAnswers.problem(response, 404, "Not Found", "Rejestr nie ma jeszcze wpisów ani podpisanego nagłówka drzewa.");
                return;
            }
            TlogAnswers.send(request, response, TlogAnswers.TEXT, "no-cache", note.get().getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/key")) {
            TlogAnswers.send(request, response, TlogAnswers.TEXT, "no-cache",
                    (log.verifierKey() + "\n").getBytes(StandardCharsets.UTF_8));
        } else if (path.startsWith("/tile/")) {
            tile(request, response, path.substring("/tile/".length()));
        } else {
            TlogAnswers.problem(response, 404, "Not Found", "Nie ma takiego zasobu dziennika przejrzystości: /tlog" + path);
        }
    }

    private void tile(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Optional<Tile> parsed = Tile.parse(path);
        if (parsed.isEmpty()) {
            TlogAnswers.problem(response, 404, "Not Found", "To nie jest ścieżka kafelka C2SP tlog-tiles: " + path);
            return;
        }
        Tile tile = parsed.get();
        String cache = tile.full() ? TlogAnswers.IMMUTABLE : PARTIAL;
        if (!tile.entries()) {
            Optional<byte[]> hashes = log.hashTile(tile);
            if (hashes.isEmpty()) {
                TlogAnswers.problem(response, 404, "Not Found", "Drzewo ostatniego podpisanego nagłówka nie ma kafelka " + path + ".");
                return;
            }
            TlogAnswers.send(request, response, TlogAnswers.BYTES, cache, hashes.get());
            return;
        }
        TransparencyLog.Bundle bundle = log.entryBundle(tile);
        if (bundle instanceof TransparencyLog.Bundle.Found found) {
            TlogAnswers.send(request, response, TlogAnswers.BYTES, cache, found.bytes());
        } else if (bundle instanceof TransparencyLog.Bundle.Withheld withheld) {
            TlogAnswers.problem(response, 404, "Not Found", "Paczka " + path + " zawiera wpis " + withheld.seq()
                    + ", który nie jest informacją publiczną (rejestr pokazuje go tylko skrótami); kafelki skrótów"
                    + " /tlog/tile/0/... obejmują go.");
        } else {
            TlogAnswers.problem(response, 404, "Not Found", "Drzewo ostatniego podpisanego nagłówka nie ma paczki " + path + ".");
        }
    }

}
