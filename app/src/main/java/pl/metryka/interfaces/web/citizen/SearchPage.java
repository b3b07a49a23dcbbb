package pl.metryka.interfaces.web.citizen;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import pl.metryka.application.search.SearchHit;
import pl.metryka.application.search.SearchIndex;
import pl.metryka.application.search.SearchRequest;
import pl.metryka.application.search.SearchResults;

/**
 * The results of {@code /szukaj}: all filters come from the query string ({@code q}, {@code kategoria},
 * {@code od}, {@code do}, {@code status}, {@code archiwalne}, {@code strona}), so every result page can
 * be bookmarked. Archived documents are public and found unless {@code archiwalne=nie}; withdrawn ones
 * only with {@code status=wszystkie}.
 */
@Named("search")
@RequestScoped
public class SearchPage {

    static final String ALL = "wszystkie";
    static final String NO = "nie";

    @Inject
    private HttpServletRequest request;

    @Inject
    private SearchIndex index;

    private String q;
    private String kategoria;
    private String od;
    private String doDate;
    private boolean all;
    private boolean withoutArchived;
    private boolean badDate;
    private SearchResults results = SearchResults.none();

    @PostConstruct
    void load() {
        q = trimmed("q", 200);
        kategoria = trimmed("kategoria", 200);
        od = trimmed("od", 10);
        doDate = trimmed("do", 10);
        all = ALL.equals(request.getParameter("status"));
        withoutArchived = NO.equals(request.getParameter("archiwalne"));
        LocalDate from = date(od);
        LocalDate to = date(doDate);
        int page;
        try {
            page = Integer.parseInt(request.getParameter("strona"));
        } catch (NumberFormatException e) {
            page = 1;
        }
        if (!q.isEmpty()) {
            results = index.search(
                    new SearchRequest(q, kategoria, from, to, all, withoutArchived, Math.min(page, 10_000)));
        }
    }

    private String trimmed(String name, int max) {
        String value = request.getParameter(name);
        value = value == null ? "" : value.strip();
        return value.length() > max ? value.substring(0, max) : value;
    }

    private LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            badDate = true;
            return null;
        }
    }

    /** The address of another page of the same results. */
    public String pageUrl(int page) {
        StringBuilder url =
                new StringBuilder(request.getContextPath()).append("/szukaj?q=").append(enc(q));
        if (!kategoria.isEmpty()) {
            url.append("&kategoria=").append(enc(kategoria));
        }
        if (!od.isEmpty()) {
            url.append("&od=").append(enc(od));
        }
        if (!doDate.isEmpty()) {
            url.append("&do=").append(enc(doDate));
        }
        if (all) {
            url.append("&status=").append(ALL);
        }
        if (withoutArchived) {
            url.append("&archiwalne=").append(NO);
        }
        return url.append("&strona=").append(page).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public String getQ() {
        return q;
    }

    public String getKategoria() {
        return kategoria;
    }

    public String getOd() {
        return od;
    }

    public String getDo() {
        return doDate;
    }

    public boolean isAll() {
        return all;
    }

    public boolean isWithoutArchived() {
        return withoutArchived;
    }

    public boolean isBadDate() {
        return badDate;
    }

    public boolean isAsked() {
        return !q.isEmpty() && !results.tooShort();
    }

    public boolean isTooShort() {
        return results.tooShort();
    }

    public List<SearchHit> getHits() {
        return results.hits();
    }

    public long getTotal() {
        return results.total();
    }

    public int getPage() {
        return results.page();
    }

    public int getPages() {
        return results.pages();
    }
}
