package pl.metryka.infrastructure.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.metryka.application.RedactionApplied;
import pl.metryka.application.RedactionJournalEntry;
import pl.metryka.application.RedactionReplay;
import pl.metryka.application.SchemaReady;
import pl.metryka.domain.model.document.Redaction;

/**
 * The redaction journal, {@code <data dir>/redactions/}: one JSON file per redaction, written
 * after its commit, holding what is needed to re-apply it and nothing removed (the bodies after
 * the removal, hashes, the stub, who, when, why, basis). A database restored from a backup older
 * than a redaction would bring the removed data back; at every start the journal and the database
 * are reconciled both ways: journaled redactions the database lacks are re-applied (with new
 * REDACTED register entries saying so), and redactions the journal lacks are written to it.
 * {@code deploy/restore.sh} carries the live journal into the restored data folder.
 */
@ApplicationScoped
public class RedactionJournal {

    private static final Logger LOG = Logger.getLogger(RedactionJournal.class.getName());

    @Inject
    @ConfigProperty(name = "metryka.data.dir", defaultValue = "data")
    private String dataDir;

    @Inject
    private RedactionReplay replay;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RedactionApplied applied) {
        try {
            replay.all().stream()
                    .filter(e -> e.documentId() == applied.documentId())
                    // a body the database no longer holds as current is still known to the commit that made it
                    .forEach(e -> write(e.withMissingBodies(applied.bodies()::get)));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A redaction could not be written to the journal; it will be at the next start", e);
        }
    }

    // after the demo data (a demo's redactions are journaled at its first start)
    void onSchemaReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) SchemaReady ready) {
        try {
            reconcile();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The redaction journal could not be reconciled with the database", e);
        }
    }

    /** Journal to database (re-apply what is missing), then database to journal (write what is missing). */
    public void reconcile() {
        List<RedactionJournalEntry> journaled = read();
        for (RedactionJournalEntry entry : journaled) {
            try {
                replay.replay(entry);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.SEVERE,
                        "Journaled redaction of document " + entry.documentId() + " at " + entry.at()
                                + " could not be re-applied",
                        e);
            }
        }
        Set<String> known = new HashSet<>();
        journaled.forEach(e -> known.add(fileName(e)));
        for (RedactionJournalEntry entry : replay.all()) {
            if (!known.contains(fileName(entry))) {
                write(entry);
            }
        }
    }

    private Path folder() {
        return Path.of(dataDir).toAbsolutePath().resolve("redactions");
    }

    static String fileName(RedactionJournalEntry e) {
        return "redaction-" + e.documentId() + "-" + e.at().getEpochSecond() + "-" + e.at().getNano() + "-"
                + e.kind().name().toLowerCase(Locale.ROOT) + ".json";
    }

    /** Writes (or rewrites, keeping bodies already journaled) the entry's file atomically. */
    void write(RedactionJournalEntry entry) {
        try {
            Path folder = Files.createDirectories(folder());
            Path file = folder.resolve(fileName(entry));
            if (Files.exists(file)) {
                RedactionJournalEntry old = parse(Files.readString(file, StandardCharsets.UTF_8));
                entry = entry.withMissingBodies(old::bodyOf);
            }
            Path temporary = Files.createTempFile(folder, "redaction-", ".tmp");
            Files.writeString(temporary, json(entry), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not write the redaction journal in " + folder(), e);
        }
    }

    List<RedactionJournalEntry> read() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<RedactionJournalEntry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList()) {
                try {
                    entries.add(parse(Files.readString(f, StandardCharsets.UTF_8)));
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.SEVERE, "Unreadable redaction journal file " + f, e);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Could not read the redaction journal in " + folder, e);
        }
        entries.sort(Comparator.comparing(RedactionJournalEntry::at));
        return entries;
    }

    static String json(RedactionJournalEntry e) {
        JsonArrayBuilder revisions = Json.createArrayBuilder();
        for (RedactionJournalEntry.Revision r : e.revisions()) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("revision", r.revision())
                    .add("occurrences", r.occurrences())
                    .add("originalHash", r.originalHash())
                    .add("redactedHash", r.redactedHash());
            text(o, "body", r.body());
            text(o, "removedSha256", r.removedSha256());
            text(o, "stubSha256", r.stubSha256());
            revisions.add(o);
        }
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("documentId", e.documentId())
                .add("at", e.at().toString())
                .add("actorUsername", e.actorUsername())
                .add("actorName", e.actorName())
                .add("kind", e.kind().name())
                .add("reason", e.reason())
                .add("legalBasis", e.legalBasis())
                .add("stub", e.stub());
        if (e.attachmentRevision() == null) {
            o.addNull("attachmentRevision").addNull("attachmentPosition");
        } else {
            o.add("attachmentRevision", e.attachmentRevision()).add("attachmentPosition", e.attachmentPosition());
        }
        return o.add("revisions", revisions).build().toString();
    }

    static RedactionJournalEntry parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject o = reader.readObject();
            List<RedactionJournalEntry.Revision> revisions = new ArrayList<>();
            for (JsonValue v : o.getJsonArray("revisions")) {
                JsonObject r = v.asJsonObject();
                revisions.add(new RedactionJournalEntry.Revision(
                        r.getInt("revision"),
                        r.getInt("occurrences"),
                        r.getString("originalHash"),
                        r.getString("redactedHash"),
                        r.getString("body", null),
                        r.getString("removedSha256", null),
                        r.getString("stubSha256", null)));
            }
            return new RedactionJournalEntry(
                    o.getJsonNumber("documentId").longValue(),
                    Instant.parse(o.getString("at")),
                    o.getString("actorUsername"),
                    o.getString("actorName"),
                    Redaction.Kind.valueOf(o.getString("kind")),
                    o.getString("reason"),
                    o.getString("legalBasis"),
                    o.getString("stub"),
                    o.isNull("attachmentRevision") ? null : o.getInt("attachmentRevision"),
                    o.isNull("attachmentPosition") ? null : o.getInt("attachmentPosition"),
                    revisions);
        }
    }

    private static void text(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }
}
