package pl.metryka.infrastructure.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import pl.metryka.application.BodySanitizer;
import pl.metryka.application.ChangeRegister;
import pl.metryka.application.PasswordHashing;
import pl.metryka.application.RedactionWork;
import pl.metryka.application.search.SearchIndex;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.account.UserAccount;
import pl.metryka.domain.model.account.UserAccountRepository;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.category.CategoryRepository;
import pl.metryka.domain.model.document.AttachmentFile;
import pl.metryka.domain.model.document.AttachmentStore;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentRepository;
import pl.metryka.domain.model.document.Editor;
import pl.metryka.domain.model.document.FileContent;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.document.RevisionContent;
import pl.metryka.domain.model.document.Withholding;
import pl.metryka.domain.model.podmiot.Podmiot;
import pl.metryka.domain.model.podmiot.PodmiotRepository;
import pl.metryka.domain.model.register.Change;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.model.site.AccessibilityStatement;
import pl.metryka.domain.model.site.AccessibilityStatementRepository;
import pl.metryka.domain.model.site.EditorialContact;
import pl.metryka.domain.model.site.EditorialContactRepository;
import pl.metryka.domain.shared.Moment;

/**
 * Seeds the embedded default with the demo bulletin of {@code demo/bip-demo.json}: the podmiot,
 * its editors' contacts, the menu przedmiotowe, the demo accounts and a dozen documents with their history. The history
 * is replayed through the domain in time order with its original dates, so the register reads as
 * if the bulletin had been run with Metryka all along.
 */
@Stateless
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    /** username, full name, role; the password of each demo account is its username. */
    static final String[][] ACCOUNTS = {
        {"redaktor", "Anna Kowalczyk", "REDAKTOR"},
        {"naczelny", "Rafał Jaworski", "REDAKTOR_NACZELNY"},
        {"audytor", "Tomasz Wiśniewski", "AUDYTOR"},
        {"admin", "Marek Zieliński", "ADMINISTRATOR"},
    };

    @Inject
    private PodmiotRepository podmioty;

    @Inject
    private CategoryRepository categories;

    @Inject
    private EditorialContactRepository editorContacts;

    @Inject
    private AccessibilityStatementRepository statements;

    @Inject
    private DocumentRepository documents;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ChangeRegister register;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private BodySanitizer sanitizer;

    @Inject
    private SearchIndex searchIndex;

    @Inject
    private RedactionWork redactionWork;

    @Inject
    private AttachmentStore files;

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    public boolean isEmpty() {
        return documents.countAll() == 0 && accounts.count() == 0;
    }

    public void load() {
        JsonObject demo = read();
        Map<String, Editor> editors = createAccounts();
        JsonObject p = demo.getJsonObject("podmiot");
        Podmiot podmiot = new Podmiot(p.getString("name"), p.getString("address"));
        podmiot.contacts(
                p.getString("phone", null),
                p.getString("email", null),
                p.getString("website", null),
                p.getString("workingHours", null));
        podmiot.identifiers(p.getString("nip", null), p.getString("regon", null));
        podmiot.electronicInbox(p.getString("epuap", null));
        podmiot.electronicDelivery(p.getString("ade", null));
        podmioty.store(podmiot);
        createEditorContacts(demo.getJsonArray("editors"));
        createStatement(demo.getJsonObject("accessibilityStatement"));
        Map<String, Category> bySlug = new HashMap<>();
        createCategories(demo.getJsonArray("categories"), null, bySlug);
        replay(demo.getJsonArray("documents"), bySlug, editors, podmiot.name());
        LOG.info(() -> "Demo data loaded: " + documents.countAll() + " documents.");
    }

    private Map<String, Editor> createAccounts() {
        Map<String, Editor> editors = new HashMap<>();
        for (String[] a : ACCOUNTS) {
            accounts.store(
                    new UserAccount(a[0], a[1], passwords.hash(a[0]), EnumSet.of(Role.valueOf(a[2])), Moment.now()));
            editors.put(a[0], new Editor(a[0], a[1]));
        }
        return editors;
    }

    /** The editors the Redakcja page names (osoby redagujące), in the order given. */
    private void createEditorContacts(JsonArray list) {
        if (list == null) {
            return;
        }
        int order = 0;
        for (JsonValue value : list) {
            JsonObject e = value.asJsonObject();
            editorContacts.store(new EditorialContact(e.getString("fullName"), e.getString("position", null), order++)
                    .reachableAt(e.getString("phone", null), e.getString("fax", null), e.getString("email", null)));
        }
    }

    /** The accessibility statement as the demo body stated it: real dates of its own, not the install date. */
    private void createStatement(JsonObject s) {
        if (s == null) {
            return;
        }
        statements.store(new AccessibilityStatement(
                new AccessibilityStatement.Content(
                        AccessibilityStatement.Compliance.valueOf(s.getString("status")),
                        s.getString("inaccessible", null),
                        LocalDate.parse(s.getString("publishedOn")),
                        LocalDate.parse(s.getString("updatedOn")),
                        LocalDate.parse(s.getString("preparedOn")),
                        s.containsKey("reviewedOn") ? LocalDate.parse(s.getString("reviewedOn")) : null,
                        AccessibilityStatement.Assessment.valueOf(s.getString("assessment")),
                        s.getString("auditor", null),
                        s.getString("burden", null),
                        s.getString("coordinatorName"),
                        s.getString("coordinatorEmail"),
                        s.getString("coordinatorPhone"),
                        s.getString("architecture"),
                        s.getString("communication"),
                        s.getString("apps", null)),
                ACCOUNTS[3][1],
                Moment.now()));
    }

    private void createCategories(JsonArray nodes, Category parent, Map<String, Category> bySlug) {
        int position = 0;
        for (JsonValue value : nodes) {
            JsonObject node = value.asJsonObject();
            Category category = new Category(parent, node.getString("slug"), node.getString("name"), position++);
            categories.store(category);
            bySlug.put(category.slug(), category);
            if (node.containsKey("children")) {
                createCategories(node.getJsonArray("children"), category, bySlug);
            }
        }
    }

    /** One step of a document's history, to be replayed in time order across all documents. */
    private record Step(Instant at, JsonObject document, int revisionIndex, String kind) {}

    private void replay(JsonArray docs, Map<String, Category> bySlug, Map<String, Editor> editors, String issuer) {
        List<Step> steps = new ArrayList<>();
        for (JsonValue value : docs) {
            JsonObject doc = value.asJsonObject();
            JsonArray revisions = doc.getJsonArray("revisions");
            Instant last = null;
            for (int i = 0; i < revisions.size(); i++) {
                last = instant(revisions.getJsonObject(i).getString("publishedAt"));
                steps.add(new Step(last, doc, i, i == 0 ? "publish" : "amend"));
            }
            if (doc.get("redactions") instanceof JsonArray redactions) {
                for (int i = 0; i < redactions.size(); i++) {
                    steps.add(new Step(instant(redactions.getJsonObject(i).getString("at")), doc, i, "redact"));
                }
            }
            if (doc.get("withdrawal") instanceof JsonObject w) {
                last = instant(w.getString("at"));
                steps.add(new Step(last, doc, -1, "withdraw"));
            }
            if (doc.getBoolean("archived", false)) {
                Instant archiveAt = last.plus(730, ChronoUnit.DAYS);
                steps.add(new Step(
                        archiveAt.isBefore(Instant.now()) ? archiveAt : last.plusSeconds(60), doc, -1, "archive"));
            }
        }
        steps.sort(Comparator.comparing(Step::at));
        Map<String, Document> created = new HashMap<>();
        for (Step step : steps) {
            String slug = step.document().getString("slug");
            switch (step.kind()) {
                case "publish" -> created.put(slug, publishFirst(step, bySlug, editors, issuer));
                case "amend" -> amend(created.get(slug), step, editors, issuer);
                case "withdraw" -> withdraw(created.get(slug), step, editors);
                case "redact" -> redact(created.get(slug), step, editors);
                default -> archive(created.get(slug), step);
            }
        }
        for (JsonValue value : docs) {
            JsonObject doc = value.asJsonObject();
            em.createNativeQuery(
                            "UPDATE document_visits v JOIN document d ON d.id = v.document_id SET v.visits = ? WHERE d.slug = ?")
                    .setParameter(1, doc.getJsonNumber("visits").longValue())
                    .setParameter(2, doc.getString("slug"))
                    .executeUpdate();
        }
    }

    private Document publishFirst(Step step, Map<String, Category> bySlug, Map<String, Editor> editors, String issuer) {
        JsonObject rev = revision(step);
        Editor editor = editors.get(rev.getString("editor"));
        Instant created = step.at().minus(10, ChronoUnit.MINUTES);
        Document document = Document.draft(
                step.document().getString("slug"),
                bySlug.get(step.document().getString("category")),
                content(rev),
                editor,
                issuer,
                created);
        documents.store(document);
        // like PublishingService: a draft's creation is no public information, only its publication is registered
        Revision published = document.publish(issuer, step.at());
        documents.store(document);
        searchIndex.update(document);
        register.record(new Change(
                step.at(),
                editor.fullName(),
                RegisterAction.PUBLISHED,
                document.id(),
                1,
                published.title(),
                null,
                published.contentHash()));
        return document;
    }

    private void amend(Document document, Step step, Map<String, Editor> editors, String issuer) {
        JsonObject rev = revision(step);
        Editor editor = editors.get(rev.getString("editor"));
        Revision amended = document.amend(
                document.currentRevisionNumber(), content(rev), rev.getString("reason"), editor, issuer, step.at());
        documents.store(document);
        searchIndex.update(document);
        register.record(Change.of(
                step.at(),
                editor.fullName(),
                RegisterAction.AMENDED,
                document.id(),
                amended,
                amended.metryka().reason()));
    }

    private void withdraw(Document document, Step step, Map<String, Editor> editors) {
        JsonObject w = step.document().getJsonObject("withdrawal");
        Editor editor = editors.get(w.getString("by"));
        document.withdraw(w.getString("reason"), w.getString("legalBasis"), editor, step.at());
        documents.store(document);
        searchIndex.update(document);
        Revision current = document.currentRevision();
        register.record(Change.of(
                step.at(),
                editor.fullName(),
                RegisterAction.WITHDRAWN,
                document.id(),
                current,
                w.getString("reason") + " (podstawa prawna: " + w.getString("legalBasis") + ")"));
    }

    /** A lawful removal from a published version (the demo's personal data published by mistake). */
    private void redact(Document document, Step step, Map<String, Editor> editors) {
        JsonObject r = step.document().getJsonArray("redactions").getJsonObject(step.revisionIndex());
        List<Integer> revisions = r.getJsonArray("revisions").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::intValue)
                .toList();
        documents.store(document);
        em.flush();
        redactionWork.redact(
                document.id(),
                new RedactionWork.Request(
                        revisions, r.getString("text"), null, null, r.getString("reason"), r.getString("legalBasis")),
                editors.get(r.getString("by")),
                step.at());
    }

    private void archive(Document document, Step step) {
        document.archive(step.at());
        documents.store(document);
        searchIndex.update(document);
        Revision current = document.currentRevision();
        register.record(Change.of(
                step.at(),
                editorOf(current),
                RegisterAction.ARCHIVED,
                document.id(),
                current,
                "Przeniesienie do archiwum"));
    }

    private static String editorOf(Revision revision) {
        return revision.metryka().editorName();
    }

    private static JsonObject revision(Step step) {
        return step.document().getJsonArray("revisions").getJsonObject(step.revisionIndex());
    }

    private RevisionContent content(JsonObject rev) {
        Withholding withholding = rev.get("withheld") instanceof JsonObject w
                ? new Withholding(
                        w.getString("scope"),
                        w.getString("legalBasis"),
                        w.getString("decidedBy"),
                        w.getString("inInterestOf", null))
                : null;
        return new RevisionContent(
                rev.getString("title"),
                sanitizer.sanitize(rev.getString("body")),
                rev.getString("author"),
                rev.getString("authorPosition"),
                LocalDate.parse(rev.getString("createdOn")),
                withholding,
                attachments(rev));
    }

    /**
     * A revision's files, read from the demo resources and stored like any upload, so they are
     * part of the version's content hash and of its register entry (the seed article's gallery).
     */
    private List<AttachmentFile> attachments(JsonObject rev) {
        if (!(rev.get("attachments") instanceof JsonArray list)) {
            return List.of();
        }
        List<AttachmentFile> stored = new ArrayList<>();
        for (JsonValue value : list) {
            JsonObject a = value.asJsonObject();
            stored.add(files.store(
                    a.getString("fileName"),
                    a.getString("mediaType"),
                    FileContent.of(resource(a.getString("resource"))),
                    a.getString("description", null)));
        }
        return stored;
    }

    private static byte[] resource(String path) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo file " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(String text) {
        return Moment.of(OffsetDateTime.parse(text).toInstant());
    }

    private static JsonObject read() {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("/demo/bip-demo.json");
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
