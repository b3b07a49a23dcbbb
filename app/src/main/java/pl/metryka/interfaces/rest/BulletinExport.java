package pl.metryka.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.PodmiotSettings;
import pl.metryka.application.RegisterProofs;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.document.Attachment;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.MetrykaView;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.document.Withdrawal;
import pl.metryka.domain.model.document.Withholding;
import pl.metryka.domain.model.podmiot.Podmiot;
import pl.metryka.domain.model.register.PublicRegisterEntry;
import pl.metryka.domain.model.register.TreeHead;
import pl.metryka.domain.shared.Timestamps;

/**
 * The whole public bulletin as one JSON file: the podmiot, the categories, every public document
 * with every published revision (metryka, body, attachments' metadata and SHA-256) and the
 * register's size and hashes.
 *
 * <p>Two exports of the same data are byte-identical, so a restored backup can be compared with
 * the original byte for byte: everything is in a fixed order (by id, revision number, position),
 * instants are written as in the canonical forms, and nothing that changes by itself is included —
 * no time of export, no visit counts, no host names (addresses are paths from the site's root).
 * Each revision carries exactly the fields of its canonical form, so its contentHash can be checked.
 */
@ApplicationScoped
public class BulletinExport {

    /** Raised when the file's structure changes; additions of fields do not change it. */
    static final int FORMAT_VERSION = 1;

    private static final JsonGeneratorFactory JSON =
            Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    @Inject
    private DocumentCatalog catalog;

    @Inject
    private PodmiotSettings podmiot;

    @Inject
    private RegisterProofs proofs;

    public void write(OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject();
            json.write("format", "metryka-bulletin");
            json.write("formatVersion", FORMAT_VERSION);
            podmiot(json, podmiot.podmiot().orElse(null));
            categories(json, catalog.categories());
            register(json);
            json.writeStartArray("documents");
            List<Document> documents = catalog.publicDocuments(0, Integer.MAX_VALUE).items().stream()
                    .sorted(Comparator.comparing(Document::id))
                    .toList();
            for (Document d : documents) {
                document(json, d);
            }
            json.writeEnd();
            json.writeEnd();
        }
    }

    private static void podmiot(JsonGenerator json, Podmiot p) {
        if (p == null) {
            json.writeNull("podmiot");
            return;
        }
        json.writeStartObject("podmiot");
        text(json, "name", p.name());
        text(json, "address", p.address());
        text(json, "phone", p.phone());
        text(json, "email", p.email());
        text(json, "website", p.website());
        text(json, "nip", p.nip());
        text(json, "regon", p.regon());
        text(json, "workingHours", p.workingHours());
        json.writeEnd();
    }

    private static void categories(JsonGenerator json, List<Category> all) {
        json.writeStartArray("categories");
        for (Category c :
                all.stream().sorted(Comparator.comparing(Category::id)).toList()) {
            json.writeStartObject();
            json.write("id", c.id());
            json.write("slug", c.slug());
            json.write("name", c.name());
            json.write("position", c.position());
            text(json, "parent", c.parent() == null ? null : c.parent().slug());
            json.write("path", "/kategoria/" + c.slug());
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void register(JsonGenerator json) {
        TreeHead head = proofs.latestHead().orElse(null);
        long size = head == null ? 0 : head.size();
        List<PublicRegisterEntry> last = size == 0 ? List.of() : catalog.registerAfter(size - 1, 1);
        json.writeStartObject("register");
        json.write("size", size);
        text(json, "lastEntryHash", last.isEmpty() ? null : last.get(0).hash());
        text(json, "merkleRootHash", head == null ? null : head.rootHash());
        json.writeEnd();
    }

    private static void document(JsonGenerator json, Document d) {
        json.writeStartObject();
        json.write("id", d.id());
        json.write("slug", d.slug());
        json.write("path", "/dokument/" + d.slug());
        json.write("status", d.status().name());
        json.write("archived", d.archived());
        instant(json, "archivedAt", d.archivedAt());
        json.write("category", d.category().slug());
        instant(json, "firstPublishedAt", MetrykaView.of(d, d.currentRevision()).firstPublishedAt());
        json.write("currentRevision", d.currentRevisionNumber());
        Withdrawal w = d.withdrawal();
        if (w == null) {
            json.writeNull("withdrawal");
        } else {
            json.writeStartObject("withdrawal");
            instant(json, "at", w.at());
            text(json, "by", w.by());
            text(json, "reason", w.reason());
            text(json, "legalBasis", w.legalBasis());
            json.writeEnd();
        }
        json.writeStartArray("revisions");
        for (Revision r : d.publishedRevisions()) {
            revision(json, r);
        }
        json.writeEnd();
        json.writeEnd();
    }

    private static void revision(JsonGenerator json, Revision r) {
        MetrykaView m = MetrykaView.of(r.document(), r);
        json.writeStartObject();
        json.write("number", r.number());
        json.write("path", "/dokument/" + r.document().slug() + "/wersja/" + r.number());
        json.write("title", r.title());
        json.write("body", r.body());
        text(json, "issuer", m.issuer());
        text(json, "author", m.author());
        text(json, "authorPosition", m.authorPosition());
        text(json, "createdOn", m.createdOn() == null ? null : m.createdOn().toString());
        text(json, "editor", m.editor());
        instant(json, "publishedAt", m.versionPublishedAt());
        if (m.publishedElsewhereAt() != null) {
            // like the canonical form: only imported revisions have it, so older exports stay byte-identical
            instant(json, "publishedElsewhereAt", m.publishedElsewhereAt());
        }
        text(json, "reason", m.reason());
        Withholding withheld = r.withholding();
        if (withheld == null) {
            json.writeNull("withheld");
        } else {
            json.writeStartObject("withheld");
            text(json, "scope", withheld.scope());
            text(json, "legalBasis", withheld.legalBasis());
            text(json, "decidedBy", withheld.decidedBy());
            if (withheld.inInterestOf() != null) {
                text(json, "inInterestOf", withheld.inInterestOf());
            }
            json.writeEnd();
        }
        json.writeStartArray("attachments");
        for (Attachment a : r.attachments()) {
            json.writeStartObject();
            json.write("position", a.position());
            json.write("fileName", a.fileName());
            json.write("mediaType", a.mediaType());
            json.write("size", a.size());
            json.write("sha256", a.sha256());
            text(json, "description", a.description());
            json.writeEnd();
        }
        json.writeEnd();
        json.write("contentHash", r.contentHash());
        json.write("format", r.format()); // the content hash's format (docs/register-format.md)
        // after a lawful removal the content above hashes to this; contentHash stays the published commitment
        text(json, "redactedHash", r.redactedHash());
        json.writeEnd();
    }

    private static void text(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    private static void instant(JsonGenerator json, String name, Instant value) {
        text(json, name, Timestamps.format(value));
    }
}
