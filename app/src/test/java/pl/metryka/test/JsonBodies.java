package pl.metryka.test;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Request bodies for {@code /api/v1}, built with JSON-P rather than by gluing strings: every value
 * is escaped as JSON requires, whatever it contains (issue 17). The builders are returned open, so
 * that a test can add or replace a field ({@code add} of an existing name replaces its value in
 * place) before {@code build().toString()}.
 */
public final class JsonBodies {

    /** The author the tests' documents are signed by. */
    public static final String AUTHOR = "Jan Kowalski";

    public static final String AUTHOR_POSITION = "sekretarz gminy";

    private JsonBodies() {}

    /** A new document by the tests' author, created yesterday (a creation date in the future is refused). */
    public static JsonObjectBuilder newDocument(long categoryId, String title, String body, boolean publish) {
        return content(title, body, AUTHOR, AUTHOR_POSITION, yesterday())
                .add("categoryId", categoryId)
                .add("publish", publish);
    }

    /** A new revision of a document, on top of revision {@code baseRevision}. */
    public static JsonObjectBuilder amendment(String title, String body, String reason, int baseRevision) {
        return content(title, body, AUTHOR, AUTHOR_POSITION, yesterday())
                .add("reason", text(reason))
                .add("baseRevision", baseRevision);
    }

    /** One attachment of a new document or revision, its content in base64. */
    public static JsonObjectBuilder attachment(String fileName, String mediaType, byte[] content) {
        return Json.createObjectBuilder()
                .add("fileName", text(fileName))
                .add("mediaType", text(mediaType))
                .add("contentBase64", Base64.getEncoder().encodeToString(content));
    }

    /** Redacts {@code text} from every revision of a document. */
    public static JsonObjectBuilder textRedaction(String text, String reason, String legalBasis) {
        return Json.createObjectBuilder()
                .add("revisions", "all")
                .add("text", text(text))
                .add("reason", text(reason))
                .add("legalBasis", text(legalBasis));
    }

    /** Schedules a document's publication; {@code at} as its {@code toString()}, e.g. an {@code Instant}. */
    public static JsonObjectBuilder publicationAt(Object at) {
        return Json.createObjectBuilder().add("at", at.toString());
    }

    /** A new back-office account; without a password ({@code null}) the server generates one. */
    public static JsonObjectBuilder account(String username, String fullName, String password, String... roles) {
        JsonArrayBuilder granted = Json.createArrayBuilder();
        for (String role : roles) {
            granted.add(role);
        }
        JsonObjectBuilder account = Json.createObjectBuilder()
                .add("username", text(username))
                .add("fullName", text(fullName))
                .add("roles", granted);
        return password == null ? account : account.add("password", password);
    }

    /**
     * A document brought from a former BIP (POST /api/v1/import/documents), its revisions as
     * {@link #formerRevision} makes them.
     */
    public static JsonObjectBuilder imported(String sourceId, String category, JsonObjectBuilder... revisions) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (JsonObjectBuilder revision : revisions) {
            all.add(revision);
        }
        return Json.createObjectBuilder()
                .add("sourceId", text(sourceId))
                .add("category", text(category))
                .add("revisions", all);
    }

    /** One revision of an imported document, by the former BIP's author and editor. */
    public static JsonObjectBuilder formerRevision(String title, String body, String createdOn, String publishedAt) {
        return content(title, body, "Jan Nowak", "sekretarz", createdOn)
                .add("publishedAt", publishedAt)
                .add("editor", "Ewa Lis");
    }

    /** What every revision has: its title, body, author with their position, and the day it was created. */
    private static JsonObjectBuilder content(
            String title, String body, String author, String authorPosition, String createdOn) {
        return Json.createObjectBuilder()
                .add("title", text(title))
                .add("body", text(body))
                .add("author", author)
                .add("authorPosition", authorPosition)
                .add("createdOn", createdOn);
    }

    /** Yesterday: a creation date in the future is refused. */
    private static String yesterday() {
        return LocalDate.now().minusDays(1).toString();
    }

    /** A JSON string, or JSON {@code null} for {@code null} (JSON-P's builders refuse a Java null). */
    public static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }
}
