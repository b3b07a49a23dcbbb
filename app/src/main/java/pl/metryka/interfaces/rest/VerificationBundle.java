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
import pl.metryka.domain.model.register.PublicRegisterEntry;
import pl.metryka.interfaces.rest.DocumentJson.DocumentView;
import pl.metryka.interfaces.rest.DocumentJson.RevisionView;
import pl.metryka.interfaces.rest.RegisterResource.HeadJson;
import pl.metryka.interfaces.rest.RegisterResource.KeyJson;

/**
 * The verification bundle of one document, a ZIP in the API's own JSON shapes, which
 * {@code metryka-verifier.jar} checks offline: {@code key.json}, {@code head.json},
 * {@code document.json} (with the metryka), {@code index.json} (the signed list of every public
 * entry of the document up to the head, which makes a cut bundle fail), {@code register.json} (those
 * entries), {@code proofs/inclusion-<seq>.json}, optionally {@code proofs/consistency-<from>-<to>.json},
 * {@code revisions/<n>.json} and {@code revisions/<n>/attachments/<position>-<file name>}
 * (docs/bundle-format.md).
 */
final class VerificationBundle {

    private static final Jsonb JSON = JsonbBuilder.create(JsonConfiguration.config());

    private static final String README = """
            Paczka weryfikacyjna dokumentu z Biuletynu Informacji Publicznej (Metryka).
            Sprawdzenie bez dostępu do sieci:  java -jar metryka-verifier.jar paczka.zip [--trusted-head head.json]
            Zawartość: key.json (klucz publiczny Ed25519), head.json (podpisany nagłówek drzewa Merkle),
            document.json (dokument i metryka), index.json (podpisana lista wszystkich publicznych wpisów
            rejestru dotyczących dokumentu - paczka bez którejkolwiek wersji, usunięcia fragmentu lub wycofania
            nie przejdzie weryfikacji), register.json (te wpisy), proofs/ (dowody włączenia RFC 9162),
            revisions/ (wersje i ich załączniki).
            Wersja, z której po publikacji usunięto fragment lub załącznik (art. 8 ust. 5 udip, art. 17 RODO),
            ma listę "redactions"; jej treść odpowiada skrótowi z wpisu REDACTED, a skrót z publikacji pozostaje
            w rejestrze jako zobowiązanie ("redacted after publication, hash committed").

            Verification bundle of one document. Check it offline with the command above.
            index.json, signed with the same key as the head, lists every public register entry of the
            document up to the head: a bundle with any revision, redaction or withdrawal cut out fails.
            Format: docs/bundle-format.md.
            """;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);

    VerificationBundle(
            KeyJson key, RegisterProofs.DocumentProofs proofs, DocumentView document, DocumentIndexJson index) {
        text("README.txt", README);
        json("key.json", key);
        json("head.json", HeadJson.of(proofs.head()));
        json("document.json", document);
        json("index.json", index);
        json(
                "register.json",
                Map.of(
                        "items",
                        proofs.entries().stream().map(PublicRegisterEntry::of).toList()));
        proofs.inclusions().forEach(i -> json("proofs/inclusion-" + i.seq() + ".json", i));
    }

    void consistency(RegisterProofs.Consistency proof) {
        json("proofs/consistency-" + proof.from() + "-" + proof.to() + ".json", proof);
    }

    void revision(RevisionView revision) {
        json("revisions/" + revision.number() + ".json", revision);
    }

    void attachment(int revision, int position, String fileName, byte[] content) {
        file(
                "revisions/" + revision + "/attachments/" + position + "-" + fileName.replaceAll("[/\\\\:]", "_"),
                content);
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
