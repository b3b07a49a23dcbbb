package pl.metryka.interfaces.tlog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import pl.metryka.application.tlog.Cosignatures;
import pl.metryka.application.tlog.TransparencyLog;
import pl.metryka.domain.model.tlog.Tile;

/**
 * The log under {@code /tlog} (c2sp.org/tlog-tiles with that prefix), and the one write a witness
 * makes, {@code POST /tlog/cosignature}. The checkpoint changes
 * with every register entry, so it is revalidated on every read (its ETag is its bytes' hash, the
 * same on every instance); a full tile or bundle never changes and is cached for a year; a partial
 * one is cached briefly, as the full tile replaces it in clients' eyes once the tree has grown.
 */
@WebServlet("/tlog/*")
public class TlogServlet extends HttpServlet {

    static final String PARTIAL = "public, max-age=60";

    @Inject
    private TransparencyLog log;

    @Inject
    private Cosignatures cosignatures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        if (path.equals("/checkpoint")) {
            Optional<String> note = log.signedCheckpoint();
            if (note.isEmpty()) {
                TlogAnswers.problem(
                        response, 404, "Not Found", "Rejestr nie ma jeszcze wpisów ani podpisanego nagłówka drzewa.");
                return;
            }
            TlogAnswers.send(
                    request, response, TlogAnswers.TEXT, "no-cache", note.get().getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/key")) {
            TlogAnswers.send(
                    request,
                    response,
                    TlogAnswers.TEXT,
                    "no-cache",
                    (log.verifierKey() + "\n").getBytes(StandardCharsets.UTF_8));
        } else if (path.startsWith("/tile/")) {
            tile(request, response, path.substring("/tile/".length()));
        } else {
            TlogAnswers.problem(
                    response, 404, "Not Found", "Nie ma takiego zasobu dziennika przejrzystości: /tlog" + path);
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
                TlogAnswers.problem(
                        response,
                        404,
                        "Not Found",
                        "Drzewo ostatniego podpisanego nagłówka nie ma kafelka " + path + ".");
                return;
            }
            TlogAnswers.send(request, response, TlogAnswers.BYTES, cache, hashes.get());
            return;
        }
        TransparencyLog.Bundle bundle = log.entryBundle(tile);
        if (bundle instanceof TransparencyLog.Bundle.Found found) {
            TlogAnswers.send(request, response, TlogAnswers.BYTES, cache, found.bytes());
        } else if (bundle instanceof TransparencyLog.Bundle.Withheld withheld) {
            TlogAnswers.problem(
                    response,
                    404,
                    "Not Found",
                    "Paczka " + path + " zawiera wpis " + withheld.seq()
                            + ", który nie jest informacją publiczną (rejestr pokazuje go tylko skrótami); kafelki skrótów"
                            + " /tlog/tile/0/... obejmują go.");
        } else {
            TlogAnswers.problem(
                    response, 404, "Not Found", "Drzewo ostatniego podpisanego nagłówka nie ma paczki " + path + ".");
        }
    }

    /** Largest note accepted: a checkpoint with signed-note's minimum of 16 signature lines fits easily. */
    private static final int MAX_NOTE = 16 * 1024;

    /**
     * A witness submits a checkpoint note carrying its cosignature line(s) (c2sp.org/tlog-cosignature);
     * the answer is the checkpoint of that size with every kept cosignature.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/cosignature".equals(request.getPathInfo())) {
            response.setHeader("Allow", "GET, HEAD");
            TlogAnswers.problem(response, 405, "Method Not Allowed", "Tylko /tlog/cosignature przyjmuje POST.");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_NOTE + 1);
        if (body.length > MAX_NOTE) {
            TlogAnswers.problem(
                    response, 413, "Content Too Large", "Notatka jest dłuższa niż " + MAX_NOTE + " bajtów.");
            return;
        }
        Cosignatures.Intake intake = cosignatures.accept(new String(body, StandardCharsets.UTF_8));
        if (intake.accepted()) {
            byte[] note = log.signedCheckpoint(intake.checkpoint().size())
                    .orElseThrow()
                    .getBytes(StandardCharsets.UTF_8);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType(TlogAnswers.TEXT);
            response.setContentLength(note.length);
            response.getOutputStream().write(note);
            return;
        }
        switch (intake.refusal()) {
            case NO_WITNESSES -> TlogAnswers.problem(response, 403, "Forbidden", intake.detail());
            case MALFORMED -> TlogAnswers.problem(response, 400, "Bad Request", intake.detail());
            case NOT_THIS_LOGS_CHECKPOINT -> TlogAnswers.problem(response, 409, "Conflict", intake.detail());
            default -> TlogAnswers.problem(response, 422, "Unprocessable Content", intake.detail());
        }
    }
}
