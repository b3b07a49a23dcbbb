package pl.metryka.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import pl.metryka.application.Redactions;
import pl.metryka.application.VisitCounter;
import pl.metryka.domain.model.document.Attachment;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.MetrykaView;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.document.Withdrawal;
import pl.metryka.domain.shared.Timestamps;
import pl.metryka.interfaces.rest.DocumentJson.AttachmentJson;
import pl.metryka.interfaces.rest.DocumentJson.CategoryRef;
import pl.metryka.interfaces.rest.DocumentJson.DocumentView;
import pl.metryka.interfaces.rest.DocumentJson.Metadata;
import pl.metryka.interfaces.rest.DocumentJson.RevisionSummary;
import pl.metryka.interfaces.rest.DocumentJson.RevisionView;
import pl.metryka.interfaces.rest.DocumentJson.WithdrawalJson;
import pl.metryka.interfaces.rest.DocumentJson.WithheldJson;

/** Turns the document aggregate into the API's JSON shapes; {@code site} is the public site's root URL. */
@ApplicationScoped
public class DocumentAssembler {

    @Inject
    private VisitCounter visits;

    @Inject
    private Redactions redactions;

    public DocumentView view(Document d, String site) {
        Revision current = d.currentRevision();
        MetrykaView m = MetrykaView.of(d, current);
        Withdrawal w = d.withdrawal();
        return new DocumentView(
                d.id(),
                d.slug(),
                current.title(),
                d.status().name(),
                d.archived(),
                new CategoryRef(d.category().id(), d.category().name()),
                documentUrl(site, d),
                d.currentRevisionNumber(),
                new Metadata(
                        m.issuer(),
                        m.author(),
                        m.authorPosition(),
                        m.editor(),
                        m.createdOn(),
                        m.firstPublishedAt(),
                        m.versionPublishedAt(),
                        m.editor(),
                        visits.shownVisits(d.id()),
                        m.version(),
                        m.versionPublishedAt(),
                        m.firstPublishedAt(),
                        m.publishedElsewhereAt()),
                w == null ? null : new WithdrawalJson(w.at(), w.by(), w.reason(), w.legalBasis()),
                d.scheduledFor());
    }

    public RevisionSummary summary(Revision r, String site) {
        MetrykaView m = MetrykaView.of(r.document(), r);
        return new RevisionSummary(
                r.number(),
                m.versionPublishedAt(),
                m.editor(),
                m.author(),
                m.reason(),
                r.contentHash(),
                revisionUrl(site, r),
                m.publishedElsewhereAt());
    }

    public RevisionView revision(Revision r, String site, String api) {
        MetrykaView m = MetrykaView.of(r.document(), r);
        List<AttachmentJson> files =
                r.attachments().stream().map(a -> attachment(r, a, api)).toList();
        WithheldJson withheld = r.withholding() == null
                ? null
                : new WithheldJson(
                        r.withholding().scope(),
                        r.withholding().legalBasis(),
                        r.withholding().decidedBy(),
                        r.withholding().inInterestOf());
        return new RevisionView(
                r.document().id(),
                r.number(),
                r.state().name(),
                r.title(),
                r.body(),
                m.issuer(),
                m.author(),
                m.authorPosition(),
                m.createdOn(),
                m.editor(),
                Timestamps.format(m.versionPublishedAt()),
                m.reason(),
                withheld,
                files,
                r.contentHash(),
                revisionUrl(site, r),
                Timestamps.format(m.publishedElsewhereAt()),
                m.firstPublishedAt(),
                redactionsOf(r),
                r.format());
    }

    private List<DocumentJson.RevisionRedactionJson> redactionsOf(Revision r) {
        if (!r.isRedacted()) {
            return List.of();
        }
        return redactions.ofDocument(r.document().id()).stream()
                .flatMap(x -> x.revisions().stream()
                        .filter(c -> c.revision() == r.number())
                        .map(c -> new DocumentJson.RevisionRedactionJson(
                                x.id(),
                                x.at(),
                                x.actorName(),
                                x.kind().name(),
                                x.reason(),
                                x.legalBasis(),
                                x.stub(),
                                c.occurrences(),
                                c.originalHash(),
                                c.redactedHash())))
                .toList();
    }

    private static AttachmentJson attachment(Revision r, Attachment a, String api) {
        return new AttachmentJson(
                a.position(),
                a.fileName(),
                a.mediaType(),
                a.size(),
                a.sha256(),
                a.description(),
                api + "/documents/" + r.document().id() + "/revisions/" + r.number() + "/attachments/" + a.position());
    }

    static String documentUrl(String site, Document d) {
        return site + "/dokument/" + d.slug();
    }

    static String revisionUrl(String site, Revision r) {
        return site + "/dokument/" + r.document().slug() + "/wersja/" + r.number();
    }
}
