package pl.metryka.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Sha256;

class DocumentTest {

    private static final String ISSUER = "Urząd Gminy Testowo";
    private static final Category CATEGORY = new Category(null, "zarzadzenia", "Zarządzenia wójta", 1);
    private static final Editor CLERK = new Editor("akowalska", "Anna Kowalska");
    private static final Editor CHIEF = new Editor("jnowak", "Jan Nowak");

    private static final Instant CREATED = Instant.parse("2024-05-06T08:00:00.000001Z");
    private static final Instant PUBLISHED = Instant.parse("2024-05-06T09:30:15.250000Z");
    private static final Instant AMENDED = Instant.parse("2024-05-07T11:00:00Z");
    private static final Instant LATER = Instant.parse("2024-05-08T12:00:00Z");

    private static RevisionContent content(String title, String body) {
        return new RevisionContent(
                title, body, "Jan Nowak", "Sekretarz gminy", LocalDate.of(2024, 5, 1), null, List.of());
    }

    private static RevisionContent content() {
        return content("Zarządzenie nr 12/2024", "<p>Treść zarządzenia.</p>");
    }

    private static Document draft() {
        return Document.draft("zarzadzenie-nr-12-2024", CATEGORY, content(), CLERK, ISSUER, CREATED);
    }

    private static Document published() {
        Document document = draft();
        document.publish(ISSUER, PUBLISHED);
        return document;
    }

    // --- moving to another category ---

    @Test
    void aPublishedDocumentMovesToAnotherCategoryKeepingItsRevisionsAndHashes() {
        Document document = published();
        String hash = document.currentRevision().contentHash();
        Category other = new Category(null, "uchwaly", "Uchwały rady", 2);

        Category left = document.moveToCategory(other);

        assertSame(CATEGORY, left);
        assertSame(other, document.category());
        assertEquals(DocumentStatus.PUBLISHED, document.status());
        assertEquals(1, document.publishedRevisions().size());
        assertEquals(hash, document.currentRevision().contentHash(), "the category is not hashed");
    }

    @Test
    void onlyAPublishedDocumentMovesAndNeverToWhereItIs() {
        Category other = new Category(null, "uchwaly", "Uchwały rady", 2);
        DocumentStateException draft = assertThrows(DocumentStateException.class, () -> draft().moveToCategory(other));
        assertEquals("document.status.forbids", draft.reason().key());
        DocumentStateException same =
                assertThrows(DocumentStateException.class, () -> published().moveToCategory(CATEGORY));
        assertEquals("document.move.sameCategory", same.reason().key());
        Document withdrawn = published();
        withdrawn.withdraw("Uchylone", "art. 30", CHIEF, LATER);
        assertThrows(DocumentStateException.class, () -> withdrawn.moveToCategory(other));
        assertThrows(DocumentStateException.class, () -> published().moveToCategory(null));
    }

    // --- draft ---

    @Test
    void aDraftHasRevisionOneInDraft() {
        Document document = draft();

        assertEquals(DocumentStatus.DRAFT, document.status());
        assertEquals(1, document.revisions().size());
        Revision revision = document.revisions().get(0);
        assertEquals(1, revision.number());
        assertEquals(RevisionState.DRAFT, revision.state());
        assertFalse(revision.isPublished());
        assertSame(revision, document.currentRevision());
        assertSame(document, revision.document());
        assertNull(document.currentRevisionNumber());
        assertTrue(document.publishedRevisions().isEmpty());
        assertFalse(document.isPublic());
        assertFalse(document.archived());
        assertNull(document.firstPublishedAt());
        assertNull(document.withdrawal());
        assertNull(revision.contentHash());
        assertNull(revision.metryka().publishedAt());
    }

    @Test
    void aDraftRecordsWhoCreatedItAndTheMetryka() {
        Document document = draft();
        Revision revision = document.currentRevision();

        assertEquals("zarzadzenie-nr-12-2024", document.slug());
        assertSame(CATEGORY, document.category());
        assertEquals(CREATED, document.createdAt());
        assertEquals("akowalska", document.createdBy());
        assertEquals("Zarządzenie nr 12/2024", revision.title());
        assertEquals("<p>Treść zarządzenia.</p>", revision.body());
        assertEquals(CREATED, revision.savedAt());
        assertEquals(ISSUER, revision.metryka().issuer());
        assertEquals("Jan Nowak", revision.metryka().author());
        assertEquals("Sekretarz gminy", revision.metryka().authorPosition());
        assertEquals(LocalDate.of(2024, 5, 1), revision.metryka().createdOn());
        assertEquals("akowalska", revision.metryka().editorUsername());
        assertEquals("Anna Kowalska", revision.metryka().editorName());
        assertNull(revision.metryka().reason());
        assertNull(document.id());
    }

    @Test
    void theRevisionListHandedOutCannotChangeTheDocument() {
        Document document = draft();

        assertThrows(
                UnsupportedOperationException.class, () -> document.revisions().clear());
        assertEquals(1, document.revisions().size());
    }

    @Test
    void aDraftCanBeRevisedInPlace() {
        Document document = draft();

        document.reviseDraft(
                content("Zarządzenie nr 12/2024 (poprawione)", "<p>Nowa treść.</p>"), CHIEF, ISSUER, LATER);

        assertEquals(1, document.revisions().size());
        Revision revision = document.currentRevision();
        assertEquals(1, revision.number());
        assertEquals(RevisionState.DRAFT, revision.state());
        assertEquals("Zarządzenie nr 12/2024 (poprawione)", revision.title());
        assertEquals("<p>Nowa treść.</p>", revision.body());
        assertEquals(LATER, revision.savedAt());
        assertEquals("Jan Nowak", revision.metryka().editorName());
    }

    @Test
    void revisingADraftReplacesItsAttachments() {
        AttachmentFile a = new AttachmentFile("a.pdf", "application/pdf", 10, Sha256.hex("a"), null);
        AttachmentFile b = new AttachmentFile("b.pdf", "application/pdf", 20, Sha256.hex("b"), null);
        AttachmentFile c =
                new AttachmentFile("c.odt", "application/vnd.oasis.opendocument.text", 30, Sha256.hex("c"), null);
        Document document = Document.draft(
                "d",
                CATEGORY,
                new RevisionContent("T", "B", "X", "Y", LocalDate.of(2024, 5, 1), null, List.of(a, b)),
                CLERK,
                ISSUER,
                CREATED);
        assertEquals(
                List.of(a, b),
                document.currentRevision().attachments().stream()
                        .map(Attachment::file)
                        .toList());
        assertEquals(
                List.of(0, 1),
                document.currentRevision().attachments().stream()
                        .map(Attachment::position)
                        .toList());

        document.reviseDraft(
                new RevisionContent("T", "B", "X", "Y", LocalDate.of(2024, 5, 1), null, List.of(c)),
                CLERK,
                ISSUER,
                LATER);

        assertEquals(
                List.of(c),
                document.currentRevision().attachments().stream()
                        .map(Attachment::file)
                        .toList());
        assertEquals(0, document.currentRevision().attachments().get(0).position());
    }

    // --- publish ---

    @Test
    void publishingMakesTheDraftPublicAtTheGivenMoment() {
        Document document = draft();

        Revision revision = document.publish(ISSUER, PUBLISHED);

        assertEquals(DocumentStatus.PUBLISHED, document.status());
        assertEquals(PUBLISHED, document.firstPublishedAt());
        assertEquals(1, revision.number());
        assertEquals(RevisionState.PUBLISHED, revision.state());
        assertEquals(PUBLISHED, revision.metryka().publishedAt());
        assertEquals(1, document.currentRevisionNumber());
        assertSame(revision, document.currentRevision());
        assertEquals(List.of(revision), document.publishedRevisions());
        assertTrue(document.isPublic());
    }

    @Test
    void publishingSealsTheRevisionWithASha256OfItsCanonicalForm() {
        Revision revision = draft().publish(ISSUER, PUBLISHED);

        assertTrue(revision.contentHash().matches("[0-9a-f]{64}"), revision.contentHash());
        assertEquals(Sha256.hex(revision.canonicalForm()), revision.contentHash());
        assertEquals(revision.computeContentHash(), revision.contentHash());
    }

    @Test
    void theCanonicalFormOfAPublishedRevisionIsRfc8785WithItsFormat() {
        Revision revision = draft().publish(ISSUER, PUBLISHED);

        assertEquals("metryka-revision/2", revision.format());
        assertEquals(
                "{\"attachments\":[],\"author\":\"Jan Nowak\",\"authorPosition\":\"Sekretarz gminy\","
                        + "\"body\":\"<p>Treść zarządzenia.</p>\",\"createdOn\":\"2024-05-01\",\"documentId\":null,"
                        + "\"editor\":\"Anna Kowalska\",\"format\":\"metryka-revision/2\",\"issuer\":\"Urząd Gminy Testowo\","
                        + "\"number\":1,\"publishedAt\":\"2024-05-06T09:30:15.250000Z\",\"publishedElsewhereAt\":null,"
                        + "\"reason\":null,\"title\":\"Zarządzenie nr 12/2024\",\"withheld\":null}",
                revision.canonicalForm());
        assertEquals(Sha256.hex(revision.canonicalForm()), revision.contentHash());
    }

    /** A revision published before format 2 (loaded from an older data directory) keeps its fixed-order form. */
    @Test
    void theCanonicalFormOfARevisionPublishedInFormatOne() {
        Revision revision = FormatOne.of(draft().publish(ISSUER, PUBLISHED));

        assertEquals("metryka-revision/1", revision.format());
        assertEquals(
                "{\"documentId\":null,\"number\":1,\"title\":\"Zarządzenie nr 12/2024\","
                        + "\"body\":\"<p>Treść zarządzenia.</p>\",\"issuer\":\"Urząd Gminy Testowo\","
                        + "\"author\":\"Jan Nowak\",\"authorPosition\":\"Sekretarz gminy\",\"createdOn\":\"2024-05-01\","
                        + "\"editor\":\"Anna Kowalska\",\"publishedAt\":\"2024-05-06T09:30:15.250000Z\",\"reason\":null,"
                        + "\"withheld\":null,\"attachments\":[]}",
                revision.canonicalForm());
    }

    @Test
    void theCanonicalFormCoversWithholdingAndAttachments() {
        String sha = Sha256.hex("plik");
        RevisionContent content = withheld(
                new Withholding("dane osobowe", "art. 5 ust. 2 u.d.i.p.", "Wójt Gminy", null),
                List.of(new AttachmentFile("uchwała.pdf", "application/pdf", 1234, sha, null)));
        Document document = Document.draft("d", CATEGORY, content, CLERK, ISSUER, CREATED);

        Revision revision = document.publish(ISSUER, PUBLISHED);
        String canonical = revision.canonicalForm();

        assertTrue(
                canonical.startsWith("{\"attachments\":[{\"description\":null,\"fileName\":\"uchwała.pdf\","
                        + "\"mediaType\":\"application/pdf\",\"sha256\":\"" + sha + "\",\"size\":1234}],"),
                canonical);
        assertTrue(
                canonical.endsWith(",\"withheld\":{\"decidedBy\":\"Wójt Gminy\",\"inInterestOf\":null,"
                        + "\"legalBasis\":\"art. 5 ust. 2 u.d.i.p.\",\"scope\":\"dane osobowe\"}}"),
                canonical);
        canonical = FormatOne.of(revision).canonicalForm();
        assertTrue(
                canonical.endsWith(
                        ",\"withheld\":{\"scope\":\"dane osobowe\",\"legalBasis\":\"art. 5 ust. 2 u.d.i.p.\","
                                + "\"decidedBy\":\"Wójt Gminy\"},\"attachments\":[{\"fileName\":\"uchwała.pdf\","
                                + "\"mediaType\":\"application/pdf\",\"size\":1234,\"sha256\":\"" + sha
                                + "\",\"description\":null}]}"),
                canonical);
    }

    @Test
    void theIssuerIsTheBodysNameAtTheMomentOfPublication() {
        Document document = Document.draft("d", CATEGORY, content(), CLERK, "Stara nazwa urzędu", CREATED);

        Revision revision = document.publish("Nowa nazwa urzędu", PUBLISHED);

        assertEquals("Nowa nazwa urzędu", revision.metryka().issuer());
        assertTrue(revision.canonicalForm().contains("\"issuer\":\"Nowa nazwa urzędu\""));
    }

    @Test
    void publishingTwiceFailsAndChangesNothing() {
        Document document = published();
        String hash = document.currentRevision().contentHash();

        assertThrows(DocumentStateException.class, () -> document.publish(ISSUER, LATER));

        assertEquals(PUBLISHED, document.firstPublishedAt());
        assertEquals(PUBLISHED, document.currentRevision().metryka().publishedAt());
        assertEquals(hash, document.currentRevision().contentHash());
        assertEquals(1, document.revisions().size());
    }

    @Test
    void theContentHashChangesWhenOneCharacterOfTheBodyChanges() {
        Revision a = Document.draft("a", CATEGORY, content("T", "<p>Kwota: 1000 zł</p>"), CLERK, ISSUER, CREATED)
                .publish(ISSUER, PUBLISHED);
        Revision b = Document.draft("b", CATEGORY, content("T", "<p>Kwota: 1001 zł</p>"), CLERK, ISSUER, CREATED)
                .publish(ISSUER, PUBLISHED);
        Revision same = Document.draft("c", CATEGORY, content("T", "<p>Kwota: 1000 zł</p>"), CLERK, ISSUER, CREATED)
                .publish(ISSUER, PUBLISHED);

        assertNotEquals(a.contentHash(), b.contentHash());
        assertEquals(a.contentHash(), same.contentHash());
        assertEquals(Sha256.hex(b.canonicalForm()), b.contentHash());
    }

    @Test
    void theContentHashDependsOnThePublicationMoment() {
        Revision a = draft().publish(ISSUER, PUBLISHED);
        Revision b = draft().publish(ISSUER, PUBLISHED.plusNanos(1_000));

        assertNotEquals(a.contentHash(), b.contentHash());
    }

    // --- schedule ---

    @Test
    void schedulingNeedsAFutureMoment() {
        Document document = draft();

        assertThrows(DocumentStateException.class, () -> document.schedule(CREATED, CREATED));
        assertThrows(DocumentStateException.class, () -> document.schedule(CREATED.minusSeconds(1), CREATED));
        assertEquals(DocumentStatus.DRAFT, document.status());
        assertNull(document.scheduledFor());

        document.schedule(LATER, CREATED);

        assertEquals(DocumentStatus.SCHEDULED, document.status());
        assertEquals(LATER, document.scheduledFor());
        assertFalse(document.isPublic());
        assertNull(document.firstPublishedAt());
    }

    @Test
    void aScheduledDocumentIsPublishedAtTheRealMomentNotTheScheduledOne() {
        Document document = draft();
        document.schedule(PUBLISHED, CREATED);
        Instant actual = PUBLISHED.plusSeconds(37);

        Revision revision = document.publish(ISSUER, actual);

        assertEquals(DocumentStatus.PUBLISHED, document.status());
        assertEquals(actual, document.firstPublishedAt());
        assertEquals(actual, revision.metryka().publishedAt());
        assertNull(document.scheduledFor());
    }

    @Test
    void aScheduledDocumentCanBeRescheduledAndStillRevised() {
        Document document = draft();
        document.schedule(PUBLISHED, CREATED);

        document.schedule(LATER, CREATED);
        document.reviseDraft(content("Nowy tytuł", "<p>x</p>"), CLERK, ISSUER, AMENDED);

        assertEquals(LATER, document.scheduledFor());
        assertEquals("Nowy tytuł", document.currentRevision().title());
    }

    @Test
    void aPublishedDocumentCannotBeScheduled() {
        Document document = published();

        assertThrows(DocumentStateException.class, () -> document.schedule(LATER.plusSeconds(3600), LATER));
        assertEquals(DocumentStatus.PUBLISHED, document.status());
    }

    // --- amend ---

    @Test
    void amendingOnTheCurrentRevisionAddsAPublishedRevision() {
        Document document = published();
        Revision first = document.currentRevision();
        String firstHash = first.contentHash();

        Revision second = document.amend(
                1,
                content("Zarządzenie nr 12/2024", "<p>Treść poprawiona.</p>"),
                "literówka w § 2",
                CHIEF,
                ISSUER,
                AMENDED);

        assertEquals(2, second.number());
        assertEquals(RevisionState.PUBLISHED, second.state());
        assertEquals(AMENDED, second.metryka().publishedAt());
        assertEquals(AMENDED, second.savedAt());
        assertEquals("literówka w § 2", second.metryka().reason());
        assertEquals("Jan Nowak", second.metryka().editorName());
        assertEquals("<p>Treść poprawiona.</p>", second.body());
        assertTrue(Sha256.isHex(second.contentHash()));
        assertEquals(Sha256.hex(second.canonicalForm()), second.contentHash());
        assertNotEquals(firstHash, second.contentHash());

        assertEquals(2, document.currentRevisionNumber());
        assertSame(second, document.currentRevision());
        assertEquals(List.of(first, second), document.revisions());
        assertEquals(List.of(first, second), document.publishedRevisions());
        assertEquals(DocumentStatus.PUBLISHED, document.status());
        assertEquals(PUBLISHED, document.firstPublishedAt());

        // revision 1 is untouched
        assertEquals(PUBLISHED, first.metryka().publishedAt());
        assertEquals("<p>Treść zarządzenia.</p>", first.body());
        assertEquals(firstHash, first.contentHash());
        assertEquals(firstHash, first.computeContentHash());
        assertSame(first, document.revision(1).orElseThrow());
    }

    @Test
    void amendmentsChainOneAfterAnother() {
        Document document = published();

        document.amend(1, content(), "pierwsza zmiana", CHIEF, ISSUER, AMENDED);
        Revision third = document.amend(2, content(), "druga zmiana", CHIEF, ISSUER, LATER);

        assertEquals(3, third.number());
        assertEquals(3, document.currentRevisionNumber());
        assertEquals(
                List.of(1, 2, 3),
                document.revisions().stream().map(Revision::number).toList());
        assertTrue(document.revision(4).isEmpty());
    }

    @Test
    void amendingAStaleRevisionIsAConflictAndChangesNothing() {
        Document document = published();
        Revision second = document.amend(1, content("T2", "B2"), "zmiana", CHIEF, ISSUER, AMENDED);
        String secondHash = second.contentHash();

        RevisionConflictException conflict = assertThrows(
                RevisionConflictException.class,
                () -> document.amend(1, content("T3", "B3"), "spóźniona zmiana", CLERK, ISSUER, LATER));

        assertEquals(1, conflict.baseRevision());
        assertEquals(2, conflict.currentRevision());
        assertTrue(conflict.getMessage().contains("1") && conflict.getMessage().contains("2"), conflict.getMessage());
        assertEquals(2, document.revisions().size());
        assertEquals(2, document.currentRevisionNumber());
        assertSame(second, document.currentRevision());
        assertEquals("B2", second.body());
        assertEquals(secondHash, second.contentHash());
        assertEquals(AMENDED, second.metryka().publishedAt());
    }

    @Test
    void amendingAFutureRevisionIsAConflictToo() {
        Document document = published();

        RevisionConflictException conflict = assertThrows(
                RevisionConflictException.class, () -> document.amend(5, content(), "?", CHIEF, ISSUER, AMENDED));

        assertEquals(5, conflict.baseRevision());
        assertEquals(1, conflict.currentRevision());
        assertEquals(1, document.revisions().size());
    }

    @Test
    void aDraftCannotBeAmended() {
        Document document = draft();

        assertThrows(
                DocumentStateException.class, () -> document.amend(1, content(), "zmiana", CHIEF, ISSUER, AMENDED));
        assertEquals(1, document.revisions().size());
    }

    @Test
    void aWithdrawnDocumentCannotBeAmended() {
        Document document = published();
        document.withdraw("uchylone", "art. 10 ustawy", CHIEF, AMENDED);

        assertThrows(DocumentStateException.class, () -> document.amend(1, content(), "zmiana", CHIEF, ISSUER, LATER));
        assertEquals(1, document.revisions().size());
        assertEquals(DocumentStatus.WITHDRAWN, document.status());
    }

    // --- revision immutability ---

    @Test
    void aPublishedDocumentsDraftCannotBeRevised() {
        Document document = published();
        String hash = document.currentRevision().contentHash();

        assertThrows(
                DocumentStateException.class,
                () -> document.reviseDraft(content("Inny tytuł", "Inna treść"), CLERK, ISSUER, LATER));

        Revision revision = document.currentRevision();
        assertEquals("Zarządzenie nr 12/2024", revision.title());
        assertEquals("<p>Treść zarządzenia.</p>", revision.body());
        assertEquals(CREATED, revision.savedAt());
        assertEquals(hash, revision.contentHash());
    }

    @Test
    void aPublishedRevisionRefusesToBeRevisedOrRepublished() {
        Revision revision = published().currentRevision();

        assertThrows(DocumentStateException.class, () -> revision.revise(content("X", "Y"), CLERK, ISSUER, LATER));
        assertThrows(DocumentStateException.class, () -> revision.publish(LATER, "Inny urząd"));

        assertEquals("Zarządzenie nr 12/2024", revision.title());
        assertEquals(PUBLISHED, revision.metryka().publishedAt());
        assertEquals(ISSUER, revision.metryka().issuer());
    }

    @Test
    void aRevisionLoadedAsPublishedRefusesToBeWrittenBack() {
        Revision revision = published().currentRevision();
        revision.rememberPublishedState();

        assertThrows(IllegalStateException.class, revision::refuseChangeOncePublished);
    }

    @Test
    void aDraftRevisionMayBeWrittenBack() {
        Revision revision = draft().currentRevision();
        revision.rememberPublishedState();

        revision.refuseChangeOncePublished();
    }

    @Test
    void theAttachmentListHandedOutIsACopy() {
        Revision revision = published().currentRevision();

        assertThrows(
                UnsupportedOperationException.class,
                () -> revision.attachments().clear());
    }

    // --- withdraw ---

    @Test
    void withdrawingKeepsEveryRevisionAndRecordsWhyAndByWhom() {
        Document document = published();
        document.amend(1, content(), "zmiana", CHIEF, ISSUER, AMENDED);

        document.withdraw(
                "uchylone zarządzeniem nr 20/2024",
                "art. 8 ust. 1 ustawy o dostępie do informacji publicznej",
                CHIEF,
                LATER);

        assertEquals(DocumentStatus.WITHDRAWN, document.status());
        assertTrue(document.isPublic());
        assertEquals(2, document.revisions().size());
        assertEquals(2, document.publishedRevisions().size());
        assertEquals(2, document.currentRevisionNumber());
        Withdrawal withdrawal = document.withdrawal();
        assertEquals(LATER, withdrawal.at());
        assertEquals("Jan Nowak", withdrawal.by());
        assertEquals("uchylone zarządzeniem nr 20/2024", withdrawal.reason());
        assertEquals("art. 8 ust. 1 ustawy o dostępie do informacji publicznej", withdrawal.legalBasis());
        for (Revision r : document.revisions()) {
            assertEquals(Sha256.hex(r.canonicalForm()), r.contentHash());
        }
    }

    @Test
    void onlyAPublishedDocumentCanBeWithdrawn() {
        Document draft = draft();
        assertThrows(DocumentStateException.class, () -> draft.withdraw("r", "b", CHIEF, LATER));
        assertEquals(DocumentStatus.DRAFT, draft.status());
        assertNull(draft.withdrawal());

        Document withdrawn = published();
        withdrawn.withdraw("pierwszy", "podstawa", CHIEF, AMENDED);
        assertThrows(DocumentStateException.class, () -> withdrawn.withdraw("drugi", "inna", CLERK, LATER));
        assertEquals("pierwszy", withdrawn.withdrawal().reason());
        assertEquals(AMENDED, withdrawn.withdrawal().at());
    }

    // --- archive ---

    @Test
    void archivingSetsTheFlagOnce() {
        Document document = published();

        document.archive(LATER);

        assertTrue(document.archived());
        assertEquals(LATER, document.archivedAt());
        assertEquals(DocumentStatus.PUBLISHED, document.status());

        assertThrows(DocumentStateException.class, () -> document.archive(LATER.plusSeconds(60)));
        assertEquals(LATER, document.archivedAt());
    }

    @Test
    void aWithdrawnDocumentCanBeArchivedAndStaysWithdrawn() {
        Document document = published();
        document.withdraw("uchylone", "podstawa", CHIEF, AMENDED);

        document.archive(LATER);

        assertTrue(document.archived());
        assertEquals(DocumentStatus.WITHDRAWN, document.status());
        assertEquals("uchylone", document.withdrawal().reason());
    }

    @Test
    void aDocumentNeverPublishedCannotBeArchived() {
        Document document = draft();

        assertThrows(DocumentStateException.class, () -> document.archive(LATER));
        assertFalse(document.archived());
        assertNull(document.archivedAt());
    }

    // --- issue 12: one metryka ---

    @Test
    void aWithholdingWithItsPodmiotIsHashedAndAnOldOneKeepsItsCanonicalForm() {
        RevisionContent content =
                withheld(new Withholding("adres", "art. 5 ust. 2 u.d.i.p.", "Wójt Gminy", "Jan Kowalski"), List.of());
        Revision revision =
                Document.draft("d", CATEGORY, content, CLERK, ISSUER, CREATED).publish(ISSUER, PUBLISHED);
        assertTrue(
                revision.canonicalForm()
                        .contains(",\"withheld\":{\"decidedBy\":\"Wójt Gminy\",\"inInterestOf\":\"Jan Kowalski\","
                                + "\"legalBasis\":\"art. 5 ust. 2 u.d.i.p.\",\"scope\":\"adres\"}"),
                revision.canonicalForm());
        String canonical = FormatOne.of(revision).canonicalForm();

        assertTrue(
                canonical.contains(",\"withheld\":{\"scope\":\"adres\",\"legalBasis\":\"art. 5 ust. 2 u.d.i.p.\","
                        + "\"decidedBy\":\"Wójt Gminy\",\"inInterestOf\":\"Jan Kowalski\"},"),
                canonical);
        assertFalse(FormatOne.of(published().currentRevision()).canonicalForm().contains("inInterestOf"));
    }

    @Test
    void anImportedRevisionKeepsTheFormerBipsMomentBesideItsOwnPublication() {
        Instant elsewhere = Instant.parse("2016-01-05T09:00:00Z");
        Document document = draft();
        Revision first = document.publish(ISSUER, PUBLISHED, elsewhere);
        Revision second = document.amend(
                1,
                content("Zarządzenie nr 12/2024 (zm.)", "<p>Nowa.</p>"),
                "Korekta",
                CHIEF,
                ISSUER,
                AMENDED,
                Instant.parse("2016-02-01T10:00:00Z"));

        assertEquals(PUBLISHED, first.metryka().publishedAt(), "this bulletin published it at the import");
        assertEquals(elsewhere, first.metryka().publishedElsewhereAt());
        assertTrue(
                first.canonicalForm()
                        .contains("\"publishedAt\":\"2024-05-06T09:30:15.250000Z\","
                                + "\"publishedElsewhereAt\":\"2016-01-05T09:00:00.000000Z\",\"reason\":null"),
                first.canonicalForm());
        assertTrue(
                FormatOne.of(first)
                        .canonicalForm()
                        .contains("\"publishedAt\":\"2024-05-06T09:30:15.250000Z\","
                                + "\"publishedElsewhereAt\":\"2016-01-05T09:00:00.000000Z\",\"reason\":null"),
                first.canonicalForm());
        assertTrue(published().currentRevision().canonicalForm().contains("\"publishedElsewhereAt\":null,"));
        assertFalse(FormatOne.of(published().currentRevision()).canonicalForm().contains("publishedElsewhereAt"));
        assertTrue(
                MetrykaView.asOf(document, Instant.parse("2016-06-01T00:00:00Z"))
                        .isEmpty(),
                "not in this bulletin in 2016");
        assertEquals(
                elsewhere,
                MetrykaView.elsewhereAsOf(document, Instant.parse("2016-06-01T00:00:00Z"))
                        .orElseThrow());
        assertTrue(MetrykaView.elsewhereAsOf(document, LATER).isEmpty());
        MetrykaView v2 = MetrykaView.of(document, second);
        assertEquals(AMENDED, v2.versionPublishedAt());
        assertEquals(PUBLISHED, v2.firstPublishedAt());
        assertEquals("Jan Nowak", v2.editor());
    }

    @Test
    void theMetrykaOfAVersionIsThatVersionsOwnPlusTheDocumentsFirstPublication() {
        Document document = published();
        document.amend(
                1,
                new RevisionContent("T2", "<p>B</p>", "Ewa Lis", "Skarbnik", LocalDate.of(2024, 5, 7), null, List.of()),
                "Zmiana",
                CHIEF,
                ISSUER,
                AMENDED);

        MetrykaView current = MetrykaView.of(document, document.currentRevision());
        assertEquals("Ewa Lis", current.author());
        assertEquals("Jan Nowak", current.editor(), "osoba wprowadzająca of version 2, not of version 1");
        assertEquals(AMENDED, current.versionPublishedAt());
        assertEquals(PUBLISHED, current.firstPublishedAt());
        MetrykaView then = MetrykaView.asOf(document, AMENDED).orElseThrow();
        assertEquals(1, then.version());
        assertEquals("Anna Kowalska", then.editor());
    }

    @Test
    void aDataWytworzeniaAfterThePublicationIsRefusedNamingTheField() {
        Document document = Document.draft(
                "d",
                CATEGORY,
                new RevisionContent("T", "B", "X", "Y", LocalDate.of(2024, 5, 10), null, List.of()),
                CLERK,
                ISSUER,
                CREATED);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> document.publish(ISSUER, PUBLISHED));
        assertEquals("createdOn", e.errors().get(0).field());
        assertTrue(
                e.errors()
                        .get(0)
                        .message()
                        .startsWith("Data utworzenia (2024-05-10) nie może być późniejsza niż data publikacji"),
                e.errors().get(0).message());
        assertEquals(DocumentStatus.DRAFT, document.status());
        // the day is Poland's: 23:30 UTC on 9 May is already 10 May in Warsaw
        assertEquals(
                LocalDate.of(2024, 5, 10),
                document.publish(ISSUER, Instant.parse("2024-05-09T23:30:00Z"))
                        .metryka()
                        .createdOn());
    }

    /** A small content with a withholding (and the given attachments). */
    private static RevisionContent withheld(Withholding withholding, List<AttachmentFile> attachments) {
        return new RevisionContent("T", "B", "X", "Y", LocalDate.of(2024, 5, 1), withholding, attachments);
    }
}
