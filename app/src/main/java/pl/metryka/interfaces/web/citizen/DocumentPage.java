package pl.metryka.interfaces.web.citizen;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import pl.metryka.application.PointInTime;
import pl.metryka.application.PublicAddress;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.MetrykaView;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.document.Withdrawal;
import pl.metryka.domain.model.document.Withholding;
import pl.metryka.interfaces.web.shared.Formats;
import pl.metryka.interfaces.web.shared.Language;
import pl.metryka.interfaces.web.shared.PointInTimeView;
import pl.metryka.interfaces.web.shared.Routes;
import pl.metryka.interfaces.web.shared.SiteBean;

/** Backs the document page, its version permalinks, the tombstone and the print view. */
@Named("page")
@RequestScoped
public class DocumentPage implements DocumentContent {

    /** One step of "Jesteś tutaj"; {@code url} is null for the page itself. */
    public record Crumb(String name, String url) {}

    @Inject
    private HttpServletRequest request;

    @Inject
    private PublicAddress address;

    @Inject
    private Language language;

    @Inject
    private Formats fmt;

    @Inject
    private DocumentSheets sheets;

    @Inject
    private PointInTimeView stan;

    @Inject
    private SiteBean site;

    private DocumentRoute route;
    private DocumentSheet sheet;
    private ResourceBundle msg;

    @PostConstruct
    void load() {
        route = (DocumentRoute) request.getAttribute(DocumentRoute.ATTRIBUTE);
        if (route != null) {
            sheet = sheets.of(
                    route.document(),
                    route.revision(),
                    route.kind() == DocumentRoute.Kind.VERSION,
                    route.countedVisits());
        }
        msg = ResourceBundle.getBundle("pl.metryka.i18n.messages", language.getLocale());
    }

    public boolean isFound() {
        return route != null;
    }

    public Document getDocument() {
        return route.document();
    }

    public Revision getRevision() {
        return route.revision();
    }

    @Override
    public String getBody() {
        return route.revision().body();
    }

    public boolean isWithdrawn() {
        return route.kind() == DocumentRoute.Kind.PAGE && route.document().withdrawal() != null;
    }

    public boolean isArchivalVersion() {
        return route.isArchivalVersion();
    }

    public Withdrawal getWithdrawal() {
        return route.document().withdrawal();
    }

    @Override
    public Withholding getWithholding() {
        return route.revision().withholding();
    }

    public List<Crumb> getBreadcrumbs() {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(msg.getString("site.home"), "/"));
        for (Category c : route.document().category().path()) {
            crumbs.add(new Crumb(c.name(), "/kategoria/" + c.slug()));
        }
        crumbs.add(new Crumb(route.revision().title(), null));
        return crumbs;
    }

    @Override
    public List<DocumentSheet.Row> getMetryka() {
        return sheet.metryka(msg, fmt);
    }

    /** The history; in a "stan na dzień" view only what had happened by then. */
    public List<DocumentSheet.HistoryRow> getHistory() {
        List<DocumentSheet.HistoryRow> rows = sheet.history(msg);
        if (stan.isActive()) {
            Instant t = PointInTime.endOf(stan.getDate());
            return rows.stream().filter(r -> r.at().isBefore(t)).toList();
        }
        return rows;
    }

    @Override
    public List<DocumentSheet.AttachmentRow> getAttachments() {
        return sheet.attachments();
    }

    @Override
    public List<DocumentSheet.AttachmentRow> getImages() {
        return sheet.attachments().stream()
                .filter(DocumentSheet.AttachmentRow::image)
                .toList();
    }

    public String getCurrentUrl() {
        return Routes.document(route.document().slug());
    }

    public String getPrintUrl() {
        return Routes.print(route.document().slug());
    }

    public String getPdfUrl() {
        return route.kind() == DocumentRoute.Kind.VERSION
                ? Routes.versionPdf(route.document().slug(), route.revision().number())
                : Routes.pdf(route.document().slug());
    }

    public String getAbsoluteUrl() {
        return address.of(Routes.document(route.document().slug()));
    }

    /**
     * The meta description: the title, the category and the publishing body. Never the text, whose
     * redacted parts a description must not carry.
     */
    public String getDescription() {
        if (route == null) {
            return site.getDescription();
        }
        String issuer = MetrykaView.of(route.document(), route.revision()).issuer();
        return MessageFormat.format(
                msg.getString("doc.description"),
                route.revision().title(),
                route.document().category().name(),
                issuer == null ? site.getPodmiotName() : issuer);
    }

    /** schema.org metadata of the page in JSON-LD (see {@link DocumentJsonLd}). */
    public String getJsonLd() {
        return DocumentJsonLd.of(
                route.document(),
                route.revision(),
                route.kind() == DocumentRoute.Kind.VERSION,
                address.site(),
                site.getPodmiot(),
                site.getPodmiotName() + " – Biuletyn Informacji Publicznej");
    }

    /** For a "stan na dzień" before an imported document came here: when the former BIP and this bulletin published it. */
    public String getElsewhereNote() {
        LocalDate day = stan.getDate();
        Instant t = PointInTime.endOf(day);
        Instant since = MetrykaView.elsewhereAsOf(route.document(), t).orElse(null);
        MetrykaView m = MetrykaView.of(route.document(), route.revision());
        return MessageFormat.format(
                msg.getString("doc.stan.elsewhere"),
                fmt.date(day),
                fmt.dateTime(since),
                fmt.dateTime(m.firstPublishedAt()));
    }

    /** The day the document was first published here: the date a BIP page prints under its title. */
    public Instant getPublishedAt() {
        return MetrykaView.of(route.document(), route.revision()).firstPublishedAt();
    }

    public String getVersionDate() {
        return fmt.dateTime(route.revision().metryka().publishedAt());
    }
}
