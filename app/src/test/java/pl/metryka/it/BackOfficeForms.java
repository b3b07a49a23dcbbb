package pl.metryka.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills and submits the back office's Faces forms over plain HTTP, as a browser without
 * JavaScript would (the forms post with ajax="false"): for what only the back office can change.
 */
final class BackOfficeForms {

    private static final Pattern FORM =
            Pattern.compile("<form[^>]*id=\"([^\"]+)\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\bnonce=\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30))
            .build();

    private BackOfficeForms(URI base) {
        this.base = base;
    }

    static BackOfficeForms logIn(URI base, String user, String password) throws Exception {
        BackOfficeForms forms = new BackOfficeForms(base);
        String page = forms.submit(
                "logowanie",
                "logowanie",
                Map.of("logowanie:uzytkownik", user, "logowanie:haslo", password),
                "logowanie:zaloguj");
        if (page.contains("id=\"logowanie:uzytkownik\"")) {
            throw new AssertionError("not logged in as " + user);
        }
        return forms;
    }

    /** GETs {@code path}, fills the form {@code formId} with its current values and {@code fields}, presses {@code button}. */
    String submit(String path, String formId, Map<String, String> fields, String button) throws Exception {
        String page = get(path);
        Matcher form = FORM.matcher(page);
        while (form.find()) {
            if (!form.group(1).equals(formId)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form.group(3));
            while (input.find()) {
                String attributes = input.group(1);
                Matcher name = NAME.matcher(attributes);
                Matcher type = TYPE.matcher(attributes);
                String kind = type.find() ? type.group(1) : "text";
                if (name.find() && !kind.equals("submit") && !kind.equals("button") && !kind.equals("checkbox")) {
                    Matcher value = VALUE.matcher(attributes);
                    values.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
                }
            }
            Matcher area = TEXTAREA.matcher(form.group(3));
            while (area.find()) {
                Matcher name = NAME.matcher(area.group(1));
                if (name.find()) {
                    values.put(name.group(1), unescape(area.group(2)));
                }
            }
            // PrimeFaces' CSP checks a postback's nonce, which its script would send
            Matcher nonce = NONCE.matcher(page);
            if (nonce.find()) {
                values.put("primefaces.nonce", nonce.group(1));
            }
            values.putAll(fields);
            values.put(button, "");
            String body = values.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> reply = http.send(
                    HttpRequest.newBuilder(base.resolve(unescape(form.group(2))))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() >= 400) {
                throw new AssertionError(reply.statusCode() + " from " + path + ": " + reply.body());
            }
            return reply.body();
        }
        throw new AssertionError("no form " + formId + " on " + path + ": " + page);
    }

    String get(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .timeout(Duration.ofSeconds(60))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String unescape(String html) {
        Matcher numeric = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (numeric.find()) {
            int code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            numeric.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        numeric.appendTail(out);
        return out.toString()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
