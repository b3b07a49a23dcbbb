package pl.metryka.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import pl.metryka.application.RegisterProofs;
import pl.metryka.interfaces.rest.DocumentJson.DocumentView;
import pl.metryka.interfaces.rest.DocumentJson.RevisionView;
import pl.metryka.interfaces.rest.RegisterResource.EntryJson;
import pl.metryka.interfaces.rest.RegisterResource.HeadJson;
import pl.metryka.interfaces.rest.RegisterResource.KeyJson;

/**
 * The verification bundle of one document, a ZIP in the API's own JSON shapes, which
 * {@code metryka-verifier.jar} checks offline: {@code key.json}, {@code head.json},
 * {@code document.json} (with the metryka), {@code register.json} (the entries touching the
 * document), {@code proofs/inclusion-<seq>.json}, optionally {@code proofs/consistency-<from>-<to>.json},
 * {@code revisions/<n>.json} and {@code revisions/<n>/attachments/<position>-<file name>}.
 */
final class VerificationBundle {

    private static final Jsonb JSON = JsonbBuilder.create(JsonConfiguration.config());

    private static final String README = """
            Paczka weryfikacyjna dokumentu z Biuletynu Informacji Publicznej (Metryka).
            Sprawdzenie bez dostępu do sieci:  java -jar metryka-verifier.jar paczka.zip [--trusted-head head.json]
            Zawartość: key.json (klucz publiczny Ed25519), head.json (podpisany nagłówek drzewa Merkle),
            document.json (dokument i metryka), register.json (wpisy rejestru zmian dotyczące dokumentu),
            proofs/ (dowody włączenia RFC 9162), revisions/ (wersje i ich załączniki).
            Wersja, z której po publikacji usunięto fragment lub załącznik (art. 8 ust. 5 udip, art. 17 RODO),
            ma listę "redactions"; jej treść odpowiada skrótowi z wpisu REDACTED, a skrót z publikacji pozostaje
            w rejestrze jako zobowiązanie ("redacted after publication, hash committed").

            Verification bundle of one document. Check it offline with the command above.
            """;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);

    VerificationBundle(KeyJson key, RegisterProofs.DocumentProofs proofs, DocumentView document) {
        text("README.txt", README);
        json("key.json", key);
        json("head.json", HeadJson.of(proofs.head()));
        json("document.json", document);
        json("register.json", Map.of("items", proofs.entries().stream().map(EntryJson::of).toList()));
        proofs.inclusions().forEach(i -> json("proofs/inclusion-" + i.seq() + ".json", i));
    }

    void consistency(RegisterProofs.Consistency proof) {
        json("proofs/consistency-" + proof.from() + "-" + proof.to() + ".json", proof);
    }

    void revision(RevisionView revision) {
        json("revisions/" + revision.number() + ".json", revision);
    }

    void attachment(int revision, int position, String fileName, byte[] content) {
        file("revisions/" + revision + "/attachments/" + position + "-" + fileName.replaceAll("[/\\\\:]", "_"), content);
    }

    byte[] finish() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void json(String name, Object value) {
        text(name, JSON.toJson(value));
    }

    private void text(String name, String text) {
        file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void file(String name, byte[] content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
