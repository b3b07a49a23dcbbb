package pl.metryka.deploycheck;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import pl.metryka.test.ApiClient;
import pl.metryka.test.RegisterJson;

/**
 * The HTTP half of {@code deploy/check-faults.sh}.
 * <ul>
 *   <li>{@code writes BASE STATE SECONDS}: writers publish and amend documents for SECONDS while the script kills
 *       and restarts MariaDB; every answer must be a success or a 503 (a problem+json on the API, the Polish
 *       "chwilowo niedostępny" page for readers), never a 500; the writes resume after the restart;</li>
 *   <li>{@code recovered BASE STATE}: without restarting the application, readiness comes back UP and a publication
 *       and an amendment go through; every successful write is in the register and the revision lists, nothing
 *       unexplained is, and the register is valid;</li>
 *   <li>{@code views BASE STATE SECONDS PID}: viewers load document pages for SECONDS (plus a random part of the
 *       flush interval), then the application (PID and every process under it) is killed with SIGKILL;</li>
 *   <li>{@code counted BASE STATE}: after the script has started the application again, every view finished more
 *       than the flush interval (plus a second for the write itself) before the kill is counted, no view is counted
 *       twice, and nothing else changed: the same documents, the same register, still valid.</li>
 * </ul>
 */
public final class FaultCheck {

    private static final int WRITERS = Integer.getInteger("writers", 6);
    private static final int AMENDMENTS_PER_DOCUMENT = 3;
    private static final int VIEWERS = Integer.getInteger("viewers", 8);
    /** VisitCounter writes every 5 s; a write itself may take up to a second under load. */
    private static final long FLUSH_INTERVAL_MILLIS = 5_000;

    private static final long FLUSH_SLACK_MILLIS = 1_000;

    private FaultCheck() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "writes" -> writes(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
            case "recovered" -> recovered(args[1], Path.of(args[2]));
            case "views" -> views(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
            case "counted" -> counted(args[1], Path.of(args[2]));
            default ->
                throw new IllegalArgumentException("writes BASE STATE SECONDS | recovered BASE STATE"
                        + " | views BASE STATE SECONDS PID | counted BASE STATE");
        }
    }

    // --- (a) MariaDB stopped during publications ----------------------------------------------------------

    /** One answer, with its headers (the ApiClient keeps only the status and body). */
    record Answer(int status, String contentType, String body) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    private static Answer send(String base, String method, String path, String json, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        if (json != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((Api.EDITOR + ":" + Api.EDITOR).getBytes(StandardCharsets.UTF_8)));
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.GET();
        }
        HttpResponse<String> response = ApiClient.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** What the writers saw; a write whose answer was lost (503 or no answer) may or may not have happened. */
    static final class Outcomes {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger written = new AtomicInteger();
        final AtomicInteger apiOutages = new AtomicInteger();
        final AtomicInteger pageOutages = new AtomicInteger();
        final AtomicInteger readOutages = new AtomicInteger();
        final AtomicInteger noAnswer = new AtomicInteger();
        final AtomicInteger committedDespiteError = new AtomicInteger();
        final AtomicLong lastOutage = new AtomicLong();
        final AtomicLong firstSuccessAfterOutage = new AtomicLong();
        final AtomicInteger writtenSinceOutage = new AtomicInteger();
        final AtomicBoolean stop = new AtomicBoolean();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

        boolean running(long deadline) {
            return !stop.get() && System.currentTimeMillis() < deadline;
        }

        void wrote(long document, int revision) {
            lines.add("write " + document + " " + revision);
            written.incrementAndGet();
            writtenSinceOutage.incrementAndGet();
            if (lastOutage.get() > 0) {
                firstSuccessAfterOutage.compareAndSet(0, System.currentTimeMillis());
            }
        }

        /** A 503 must be RFC 9457 problem+json naming the outage, with Retry-After semantics left to the header. */
        void outage(Answer answer, String what) {
            lastOutage.set(System.currentTimeMillis());
            firstSuccessAfterOutage.set(0);
            writtenSinceOutage.set(0);
            if (!answer.contentType().startsWith("application/problem+json")
                    || !answer.body().contains("\"status\":503")) {
                failures.add(what + ": 503 without a problem+json body: " + answer.contentType() + " " + answer.body());
            }
        }
    }

    /**
     * Runs until the script creates STATE.done (at most {@code seconds}); meanwhile STATE.progress says
     * "successful-writes 503-answers successful-writes-since-the-last-503", so the script can kill MariaDB
     * once writes flow, start it again once the outage was seen, and stop once writes flow again.
     */
    static void writes(String base, Path state, int seconds) throws Exception {
        long category = Api.someCategory(Api.at(base));
        long headBefore = new RegisterAudit(Api.at(base)).headSize();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Outcomes seen = new Outcomes();
        seen.lines.add("head " + headBefore);
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            threads.add(started(() -> writer(base, category, run + "-" + writer, deadline, seen)));
        }
        threads.add(started(() -> reader(base, deadline, seen)));
        Path done = Path.of(state + ".done");
        Path progress = Path.of(state + ".progress");
        while (threads.stream().anyMatch(Thread::isAlive)) {
            String now = seen.written.get() + " " + (seen.apiOutages.get() + seen.readOutages.get()) + " "
                    + seen.writtenSinceOutage.get() + "\n";
            Files.writeString(Path.of(progress + ".tmp"), now);
            Files.move(Path.of(progress + ".tmp"), progress, StandardCopyOption.ATOMIC_MOVE);
            if (Files.exists(done)) {
                seen.stop.set(true);
            }
            Thread.sleep(200);
        }
        Files.write(state, seen.lines);
        System.out.printf(
                "writes: %d publications/amendments succeeded; during the outage %d writes answered 503"
                        + " problem+json, %d API reads 503 problem+json, %d pages the Polish 503 page, %d requests had no"
                        + " answer; %d writes answered with an error were found committed (retry got 409)%n",
                seen.written.get(),
                seen.apiOutages.get(),
                seen.readOutages.get(),
                seen.pageOutages.get(),
                seen.noAnswer.get(),
                seen.committedDespiteError.get());
        Map<String, Long> kinds = new TreeMap<>();
        seen.failures.forEach(f -> kinds.merge(f.substring(0, Math.min(f.length(), 160)), 1L, Long::sum));
        RegisterAudit.require(
                seen.failures.isEmpty(),
                seen.failures.size() + " wrong answers:\n"
                        + kinds.entrySet().stream()
                                .map(k -> k.getValue() + " x " + k.getKey())
                                .collect(Collectors.joining("\n")));
        RegisterAudit.require(
                seen.apiOutages.get() > 0 && seen.pageOutages.get() > 0 && seen.readOutages.get() > 0,
                "the outage was not seen (MariaDB not stopped during the writes?)");
        RegisterAudit.require(
                seen.firstSuccessAfterOutage.get() > 0,
                "no write succeeded after the last 503: the application did not recover when MariaDB came back");
        System.out.printf(
                "writes: first successful write %.1f s after the last 503%n",
                (seen.firstSuccessAfterOutage.get() - seen.lastOutage.get()) / 1000.0);
    }

    private static void writer(String base, long category, String name, long deadline, Outcomes seen) {
        long document = 0;
        int revision = 0;
        boolean doubtful = false; // the last amendment of this document was answered with an error
        int n = 0;
        while (seen.running(deadline)) {
            try {
                if (document == 0) {
                    String title = "Awaria " + name + " dok " + n++;
                    Answer a = send(
                            base,
                            "POST",
                            "/api/v1/documents",
                            Api.newDocument(category, title, "<p>" + title + "</p>", true, null),
                            "application/json");
                    if (a.status() == 201) {
                        document = a.json().getJsonNumber("id").longValue();
                        revision = 1;
                        seen.wrote(document, 1);
                    } else if (a.status() == 503) {
                        seen.apiOutages.incrementAndGet();
                        seen.outage(a, "publication");
                        Thread.sleep(200);
                    } else {
                        seen.failures.add("publication: " + a.status() + " " + a.body());
                    }
                    continue;
                }
                Answer a = send(
                        base,
                        "PUT",
                        "/api/v1/documents/" + document,
                        Api.amendment(
                                "Awaria " + name + " zmiana",
                                "<p>Zmiana " + (revision + 1) + "</p>",
                                "Zmiana " + (revision + 1),
                                revision),
                        "application/json");
                if (a.status() == 200) {
                    int now = a.json().getInt("currentRevision");
                    if (now != revision + 1) {
                        seen.failures.add("amendment of " + document + " on " + revision + " made revision " + now);
                    }
                    revision = now;
                    seen.wrote(document, revision);
                    doubtful = false;
                } else if (a.status() == 409 && doubtful) {
                    // the amendment answered with an error was committed after all: whole, and now current
                    int now = a.json().getInt("currentRevision");
                    seen.lines.add("doubtful " + document + " " + now);
                    seen.committedDespiteError.incrementAndGet();
                    revision = now;
                    doubtful = false;
                } else if (a.status() == 503) {
                    seen.apiOutages.incrementAndGet();
                    seen.outage(a, "amendment");
                    seen.lines.add("doubtful " + document + " " + (revision + 1));
                    doubtful = true;
                    Thread.sleep(200);
                } else {
                    seen.failures.add("amendment: " + a.status() + " " + a.body());
                    seen.lines.add("doubtful " + document + " " + (revision + 1));
                    doubtful = true;
                }
                if (revision > AMENDMENTS_PER_DOCUMENT && !doubtful) {
                    document = 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // no answer (the connection broke or timed out): the write may or may not have happened
                seen.noAnswer.incrementAndGet();
                if (document != 0) {
                    seen.lines.add("doubtful " + document + " " + (revision + 1));
                    doubtful = true;
                }
                sleep(200);
            }
        }
    }

    /** A reader of the public pages and the API: during the outage it must get the Polish 503 page and a problem. */
    private static void reader(String base, long deadline, Outcomes seen) {
        while (seen.running(deadline)) {
            try {
                Answer page = send(base, "GET", "/rejestr-zmian", null, "text/html");
                if (page.status() == 503) {
                    seen.pageOutages.incrementAndGet();
                    if (!page.contentType().startsWith("text/html")
                            || !page.body().contains("Biuletyn chwilowo niedostępny")) {
                        seen.failures.add("page during the outage: 503 without the Polish page: " + page.contentType()
                                + " "
                                + page.body()
                                        .substring(0, Math.min(300, page.body().length())));
                    }
                } else if (page.status() != 200) {
                    seen.failures.add("page: " + page.status() + " "
                            + page.body().substring(0, Math.min(100, page.body().length())));
                }
                Answer api = send(base, "GET", "/api/v1/documents?size=5", null, "application/json");
                if (api.status() == 503) {
                    seen.readOutages.incrementAndGet();
                    seen.outage(api, "API read");
                } else if (api.status() != 200) {
                    seen.failures.add("API read: " + api.status() + " " + api.body());
                }
            } catch (Exception e) {
                seen.noAnswer.incrementAndGet();
            }
            sleep(300);
        }
    }

    static void recovered(String base, Path state) throws Exception {
        long began = System.currentTimeMillis();
        while (Api.at(base).get("health/ready").status() != 200) {
            RegisterAudit.require(
                    System.currentTimeMillis() - began < 90_000,
                    "readiness not UP 90 s after MariaDB came back (the application did not recover by itself)");
            Thread.sleep(500);
        }
        long ready = System.currentTimeMillis() - began;
        long category = Api.someCategory(Api.at(base));
        JsonObject doc = Api.expect(
                        Api.editor(base)
                                .post(
                                        "api/v1/documents",
                                        Api.newDocument(
                                                category, "Po awarii", "<p>Po powrocie bazy danych.</p>", true, null)),
                        201)
                .json();
        long id = doc.getJsonNumber("id").longValue();
        Api.expect(
                Api.editor(base)
                        .put(
                                "api/v1/documents/" + id,
                                Api.amendment(
                                        "Po awarii", "<p>Zmiana po powrocie bazy danych.</p>", "Zmiana po awarii", 1)),
                200);
        Files.write(state, List.of("write " + id + " 1", "write " + id + " 2"), StandardOpenOption.APPEND);

        long headBefore = 0;
        Map<Long, Set<Integer>> written = new HashMap<>();
        Map<Long, Set<Integer>> doubtful = new HashMap<>();
        for (String line : Files.readAllLines(state)) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "head" -> headBefore = Long.parseLong(f[1]);
                case "write" ->
                    written.computeIfAbsent(Long.parseLong(f[1]), k -> new TreeSet<>())
                            .add(Integer.parseInt(f[2]));
                case "doubtful" ->
                    doubtful.computeIfAbsent(Long.parseLong(f[1]), k -> new TreeSet<>())
                            .add(Integer.parseInt(f[2]));
                default -> throw new IllegalStateException(line);
            }
        }
        RegisterAudit audit = new RegisterAudit(Api.at(base));
        Map<Long, Set<Integer>> registered = new HashMap<>();
        for (JsonObject e : audit.entries()) {
            Long document = RegisterJson.number(e, "documentId");
            String action = e.getString("action");
            if (document != null
                    && e.getJsonNumber("seq").longValue() > headBefore
                    && written.containsKey(document)
                    && ("PUBLISHED".equals(action) || "AMENDED".equals(action))) {
                RegisterAudit.require(
                        registered
                                .computeIfAbsent(document, k -> new TreeSet<>())
                                .add(RegisterJson.number(e, "revision").intValue()),
                        "revision registered twice: " + e);
            }
        }
        int unexplained = 0;
        int revisions = 0;
        int committedUnanswered = 0;
        for (Map.Entry<Long, Set<Integer>> d : written.entrySet()) {
            Set<Integer> inRegister = registered.getOrDefault(d.getKey(), Set.of());
            Set<Integer> listed = new TreeSet<>();
            Api.expect(Api.at(base).get("api/v1/documents/" + d.getKey() + "/revisions"), 200)
                    .structure()
                    .asJsonArray()
                    .getValuesAs(JsonObject.class)
                    .forEach(r -> listed.add(r.getInt("number")));
            RegisterAudit.require(
                    listed.equals(inRegister),
                    "document " + d.getKey() + " lists revisions " + listed + " but the register has " + inRegister);
            RegisterAudit.require(
                    inRegister.containsAll(d.getValue()),
                    "document " + d.getKey() + ": successful writes " + d.getValue() + " but the register has "
                            + inRegister);
            for (int r : inRegister) {
                if (!d.getValue().contains(r)) {
                    if (doubtful.getOrDefault(d.getKey(), Set.of()).contains(r)) {
                        committedUnanswered++;
                    } else {
                        unexplained++;
                    }
                }
            }
            revisions += inRegister.size();
        }
        RegisterAudit.require(unexplained == 0, unexplained + " registered revisions nobody wrote");
        String register = audit.check(headBefore, headBefore + 1);
        System.out.printf(
                "recovered: readiness UP %.1f s after MariaDB returned, without restarting the application;"
                        + " a publication and an amendment went through; %d revisions of %d documents written during the"
                        + " outage are each in the register and their revision list (%d of them committed although their"
                        + " answer was lost); %s%n",
                ready / 1000.0, revisions, written.size(), committedUnanswered, register);
    }

    // --- (b) kill -9 during a burst of views ------------------------------------------------------------

    static void views(String base, Path state, int seconds, long pid) throws Exception {
        ApiClient api = Api.at(base);
        List<JsonObject> docs = Api.expect(api.get("api/v1/documents?size=4"), 200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        // every earlier view written: two readings a flush interval apart agree
        Map<Long, Long> baseline = visits(api, docs);
        for (int i = 0; i < 6; i++) {
            Thread.sleep(FLUSH_INTERVAL_MILLIS + 500);
            Map<Long, Long> again = visits(api, docs);
            if (again.equals(baseline)) {
                break;
            }
            baseline = again;
        }
        long head = new RegisterAudit(api).headSize();
        long documents = Api.expect(api.get("api/v1/documents?size=1"), 200)
                .json()
                .getJsonNumber("total")
                .longValue();

        ConcurrentLinkedQueue<String> done = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> viewers = new ArrayList<>();
        for (int v = 0; v < VIEWERS; v++) {
            viewers.add(started(() -> {
                while (!stop.get()) {
                    JsonObject doc = docs.get(ThreadLocalRandom.current().nextInt(docs.size()));
                    try {
                        if (Api.view(base, "/dokument/" + doc.getString("slug")) == 200) {
                            done.add(doc.getJsonNumber("id").longValue() + " " + System.currentTimeMillis());
                        }
                    } catch (RuntimeException killed) {
                        return;
                    }
                }
            }));
        }
        long began = System.currentTimeMillis();
        // a random point of the flush cycle
        Thread.sleep(seconds * 1000L + ThreadLocalRandom.current().nextLong(FLUSH_INTERVAL_MILLIS));
        ProcessHandle launcher =
                ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        List<ProcessHandle> tree = new ArrayList<>(launcher.descendants().toList());
        tree.add(launcher);
        long killedAt = System.currentTimeMillis();
        tree.forEach(ProcessHandle::destroyForcibly); // SIGKILL, as kill -9
        stop.set(true);
        for (Thread t : viewers) {
            t.join();
        }
        List<String> lines = new ArrayList<>();
        lines.add("killed " + killedAt);
        lines.add("head " + head);
        lines.add("documents " + documents);
        baseline.forEach((id, n) -> lines.add("baseline " + id + " " + n));
        done.forEach(d -> lines.add("view " + d));
        Files.write(state, lines);
        System.out.printf(
                "views: %d page views answered 200 by %d viewers of %d documents in %.1f s, then SIGKILL to"
                        + " processes %s%n",
                done.size(),
                VIEWERS,
                docs.size(),
                (killedAt - began) / 1000.0,
                tree.stream().map(p -> String.valueOf(p.pid())).toList());
    }

    private static Map<Long, Long> visits(ApiClient api, List<JsonObject> docs) {
        Map<Long, Long> visits = new HashMap<>();
        for (JsonObject doc : docs) {
            long id = doc.getJsonNumber("id").longValue();
            visits.put(
                    id,
                    Api.expect(api.get("api/v1/documents/" + id), 200)
                            .json()
                            .getJsonObject("metadata")
                            .getJsonNumber("visits")
                            .longValue());
        }
        return visits;
    }

    static void counted(String base, Path state) throws Exception {
        ApiClient api = Api.at(base);
        long killedAt = 0;
        long head = 0;
        long documents = 0;
        Map<Long, Long> baseline = new HashMap<>();
        Map<Long, Long> viewed = new HashMap<>();
        Map<Long, Long> old = new HashMap<>(); // finished before the kill by more than the interval and its write
        long window = FLUSH_INTERVAL_MILLIS + FLUSH_SLACK_MILLIS;
        List<String[]> views = new ArrayList<>();
        for (String line : Files.readAllLines(state)) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "killed" -> killedAt = Long.parseLong(f[1]);
                case "head" -> head = Long.parseLong(f[1]);
                case "documents" -> documents = Long.parseLong(f[1]);
                case "baseline" -> baseline.put(Long.parseLong(f[1]), Long.parseLong(f[2]));
                case "view" -> views.add(f);
                default -> throw new IllegalStateException(line);
            }
        }
        for (String[] f : views) {
            long id = Long.parseLong(f[1]);
            viewed.merge(id, 1L, Long::sum);
            if (Long.parseLong(f[2]) <= killedAt - window) {
                old.merge(id, 1L, Long::sum);
            }
        }
        long totalViewed = 0;
        long totalStored = 0;
        long totalOld = 0;
        for (Map.Entry<Long, Long> b : baseline.entrySet()) {
            long id = b.getKey();
            long stored = Api.expect(api.get("api/v1/documents/" + id), 200)
                            .json()
                            .getJsonObject("metadata")
                            .getJsonNumber("visits")
                            .longValue()
                    - b.getValue();
            long made = viewed.getOrDefault(id, 0L);
            long due = old.getOrDefault(id, 0L);
            RegisterAudit.require(
                    stored <= made,
                    "document " + id + ": " + stored + " visits stored but only " + made
                            + " views were made (counted twice?)");
            RegisterAudit.require(
                    stored >= due,
                    "document " + id + ": " + due + " views finished more than " + window
                            + " ms before the kill, but only " + stored
                            + " stored: more than the flush interval of counts lost");
            totalViewed += made;
            totalStored += stored;
            totalOld += due;
        }
        long nowHead = new RegisterAudit(api).headSize();
        long nowDocuments = Api.expect(api.get("api/v1/documents?size=1"), 200)
                .json()
                .getJsonNumber("total")
                .longValue();
        RegisterAudit.require(
                nowHead == head, "the register had " + head + " entries before the kill and " + nowHead + " after");
        RegisterAudit.require(
                nowDocuments == documents, documents + " documents before the kill, " + nowDocuments + " after");
        String register = new RegisterAudit(api).check(head, head + 1);
        System.out.printf(
                "counted: %d views made, %d stored, %d lost, all of them in the last %.1f s before SIGKILL"
                        + " (flush interval %d s + %d s for the write; %d views finished earlier, all stored); none counted"
                        + " twice; %d documents and %d register entries as before the kill; %s%n",
                totalViewed,
                totalStored,
                totalViewed - totalStored,
                window / 1000.0,
                FLUSH_INTERVAL_MILLIS / 1000,
                FLUSH_SLACK_MILLIS / 1000,
                totalOld,
                nowDocuments,
                nowHead,
                register);
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
