package pl.metryka.deploycheck;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.metryka.test.ApiClient;
import pl.metryka.test.JsonBodies;
import pl.metryka.test.RegisterJson;
import pl.metryka.test.TlogClient;

/**
 * The HTTP half of {@code deploy/cluster/check-two-instances.sh}.
 * <ul>
 *   <li>{@code load A B STATE}: through both instances at once, publishes documents and amends them (each writer its
 *       own documents, and all writers one shared document, so amendments conflict), schedules one publication, and
 *       views pages; every 2xx write and every counted view is written to STATE;</li>
 *   <li>{@code burst BASE STATE N}: N more views of the viewed documents through one instance, just before the
 *       script stops it, so that some are still in its memory and must be written at its shutdown;</li>
 *   <li>{@code verify BASE STATE}: after the script has stopped instance B (its last visits are flushed at shutdown),
 *       checks through the remaining instance that every successful write is in the register and in the document's
 *       revisions and nothing else is, that the register chain and Merkle proofs are valid, that the scheduled
 *       publication happened exactly once, and that the visit counts equal the views.</li>
 * </ul>
 */
public final class ClusterCheck {

    private static final int WRITERS_PER_INSTANCE = Integer.getInteger("writers", 3);
    private static final int DOCUMENTS_PER_WRITER = Integer.getInteger("documents", 4);
    private static final int AMENDMENTS_PER_DOCUMENT = Integer.getInteger("amendments", 2);
    private static final int SHARED_AMENDMENTS_PER_WRITER = Integer.getInteger("shared", 3);
    private static final int VIEWERS_PER_INSTANCE = Integer.getInteger("viewers", 2);
    private static final int VIEWS_PER_VIEWER = Integer.getInteger("views", 150);

    private ClusterCheck() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(args[1], args[2], Path.of(args[3]));
            case "burst" -> burst(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
            case "verify" -> verify(args[1], Path.of(args[2]));
            case "checkpoint" -> sameCheckpoint(args[1], args[2], args[3]);
            default ->
                throw new IllegalArgumentException(
                        "load A B STATE | burst BASE STATE N | verify BASE STATE" + " | checkpoint A B ORIGIN");
        }
    }

    /**
     * Both instances serve the same C2SP checkpoint, byte for byte (the note signature is made on
     * request and Ed25519 is deterministic), under the configured origin, and it verifies with the
     * register's key (signed-note key ID rule, java.security Ed25519).
     */
    static void sameCheckpoint(String a, String b, String origin) throws Exception {
        String fromA = Api.expect(Api.at(a).get("tlog/checkpoint"), 200).body();
        String fromB = Api.expect(Api.at(b).get("tlog/checkpoint"), 200).body();
        if (!fromA.equals(fromB)) {
            throw new IllegalStateException("the instances serve different checkpoints:\n" + fromA + "---\n" + fromB);
        }
        TlogClient.Checkpoint checkpoint = TlogClient.parse(fromA);
        byte[] spki = Base64.getDecoder()
                .decode(Api.expect(Api.at(a).get("api/v1/register/key"), 200)
                        .json()
                        .getString("publicKey"));
        byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
        if (!checkpoint.origin().equals(origin) || !TlogClient.signedBy(checkpoint, origin, raw)) {
            throw new IllegalStateException(
                    "the checkpoint is not signed by the register key as " + origin + ":\n" + fromA);
        }
        System.out.println("checkpoint: both instances serve the same signed note, origin " + origin + ", size "
                + checkpoint.size());
    }

    /** One successful write: document, revision number, instance. */
    record Write(long document, int revision, String instance) {}

    static void load(String a, String b, Path state) throws Exception {
        Map<String, String> instances = Map.of("A", a, "B", b);
        String keyA =
                Api.expect(Api.at(a).get("api/v1/register/key"), 200).json().getString("publicKey");
        String keyB =
                Api.expect(Api.at(b).get("api/v1/register/key"), 200).json().getString("publicKey");
        RegisterAudit.require(keyA.equals(keyB), "the instances sign with different keys");
        long headBefore = new RegisterAudit(Api.at(a)).headSize();
        long category = Api.someCategory(Api.at(a));
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Write> writes = Collections.synchronizedList(new ArrayList<>());

        // the documents the viewers look at, and the one every writer amends
        List<JsonObject> viewed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String via = i % 2 == 0 ? "A" : "B";
            JsonObject doc = publish(instances.get(via), category, "Oglądany " + run + " " + i);
            writes.add(new Write(doc.getJsonNumber("id").longValue(), 1, via));
            viewed.add(doc);
        }
        JsonObject shared = viewed.get(0);
        long sharedId = shared.getJsonNumber("id").longValue();

        // a publication due in 10 s, scheduled through B: both instances' timers look for it
        JsonObject draft = Api.expect(
                        Api.editor(a)
                                .post(
                                        "api/v1/documents",
                                        Api.newDocument(
                                                category,
                                                "Zaplanowany " + run,
                                                "<p>Publikacja zaplanowana.</p>",
                                                false,
                                                null)),
                        201)
                .json();
        long scheduled = draft.getJsonNumber("id").longValue();
        Api.expect(
                Api.editor(b)
                        .post(
                                "api/v1/documents/" + scheduled + "/publication",
                                JsonBodies.publicationAt(Instant.now().plusSeconds(10))
                                        .build()
                                        .toString()),
                200);

        ConcurrentHashMap<Long, AtomicLong> views = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Map<String, AtomicInteger> perInstance = Map.of("A", new AtomicInteger(), "B", new AtomicInteger());
        SimultaneousStart load = new SimultaneousStart();
        for (String via : List.of("A", "B")) {
            String base = instances.get(via);
            for (int w = 0; w < WRITERS_PER_INSTANCE; w++) {
                int writer = w;
                load.add(() -> {
                    ApiClient editor = Api.editor(base);
                    for (int d = 0; d < DOCUMENTS_PER_WRITER; d++) {
                        JsonObject doc = publish(base, category, "Pisarz " + via + writer + " " + run + " dok " + d);
                        long id = doc.getJsonNumber("id").longValue();
                        writes.add(new Write(id, 1, via));
                        perInstance.get(via).incrementAndGet();
                        for (int n = 1; n <= AMENDMENTS_PER_DOCUMENT; n++) {
                            ApiClient.Reply amended = editor.put(
                                    "api/v1/documents/" + id,
                                    Api.amendment(
                                            "Pisarz " + via + writer + " " + run + " dok " + d + " wersja " + (n + 1),
                                            "<p>Wersja " + (n + 1) + "</p>",
                                            "Zmiana " + n,
                                            n));
                            if (amended.status() == 200) {
                                writes.add(new Write(id, amended.json().getInt("currentRevision"), via));
                                perInstance.get(via).incrementAndGet();
                            } else {
                                failures.incrementAndGet();
                                System.err.println("amendment refused: " + amended);
                            }
                        }
                        if (d < SHARED_AMENDMENTS_PER_WRITER) {
                            amendShared(editor, sharedId, via + writer, writes, via, conflicts, perInstance);
                        }
                    }
                    return null;
                });
            }
            for (int v = 0; v < VIEWERS_PER_INSTANCE; v++) {
                load.add(() -> {
                    for (int i = 0; i < VIEWS_PER_VIEWER; i++) {
                        JsonObject doc = viewed.get(ThreadLocalRandom.current().nextInt(viewed.size()));
                        int status = Api.view(base, "/dokument/" + doc.getString("slug"));
                        if (status == 200) {
                            views.computeIfAbsent(doc.getJsonNumber("id").longValue(), k -> new AtomicLong())
                                    .incrementAndGet();
                        } else {
                            failures.incrementAndGet();
                            System.err.println("view answered " + status);
                        }
                        if (i % 10 == 0) {
                            RegisterAudit.require(
                                    Api.view(base, "/dokument/" + doc.getString("slug") + "/wersja/1") == 200,
                                    "version page");
                            RegisterAudit.require(Api.view(base, "/") == 200, "home page");
                        }
                    }
                    return null;
                });
            }
        }
        double seconds = load.run();

        long deadline = System.currentTimeMillis() + 60_000;
        String status;
        // until the scheduler (every 15 s, on either instance) publishes it, the document is not public:
        // a reader is answered 404 with a problem whose "status" is that number
        while (!"PUBLISHED".equals(status = publicStatus(a, scheduled)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
        }
        RegisterAudit.require(
                "PUBLISHED".equals(status), "the scheduled document was not published within a minute: " + status);
        searchAcrossInstances(a, b, category, run, writes);

        List<String> lines = new ArrayList<>();
        lines.add("head " + headBefore);
        lines.add("scheduled " + scheduled);
        writes.forEach(w -> lines.add("write " + w.document() + " " + w.revision() + " " + w.instance()));
        views.forEach((id, n) -> lines.add("views " + id + " " + n.get()));
        Files.write(state, lines);
        long viewCount = views.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf(
                "load: %d successful writes in %.1f s (after setup: %d through A, %d through B), %d amendment"
                        + " conflicts (409) retried on the shared document, %d failures; %d counted views of %d documents;"
                        + " scheduled document %d published%n",
                writes.size(),
                seconds,
                perInstance.get("A").get(),
                perInstance.get("B").get(),
                conflicts.get(),
                failures.get(),
                viewCount,
                views.size(),
                scheduled);
        RegisterAudit.require(failures.get() == 0, failures.get() + " requests failed");
    }

    /**
     * Each instance answers searches from its own Lucene copy: a document published through A must
     * be found through B at once, and after B amends it, A must find the new word and not the old.
     */
    private static void searchAcrossInstances(String a, String b, long category, String run, List<Write> writes) {
        String before = "qxprzed" + run.replaceAll("[^a-z]", "");
        String after = "qxpo" + run.replaceAll("[^a-z]", "");
        JsonObject doc = Api.expect(
                        Api.editor(a)
                                .post(
                                        "api/v1/documents",
                                        Api.newDocument(
                                                category,
                                                "Wyszukiwany " + run,
                                                "<p>Słowo " + before + ".</p>",
                                                true,
                                                null)),
                        201)
                .json();
        long id = doc.getJsonNumber("id").longValue();
        writes.add(new Write(id, 1, "A"));
        RegisterAudit.require(found(b, before) == 1, "a document published through A is not found through B at once");
        ApiClient.Reply amended = Api.editor(b)
                .put(
                        "api/v1/documents/" + id,
                        Api.amendment("Wyszukiwany " + run, "<p>Słowo " + after + ".</p>", "Zmiana słowa", 1));
        Api.expect(amended, 200);
        writes.add(new Write(id, 2, "B"));
        RegisterAudit.require(
                found(a, after) == 1 && found(a, before) == 0,
                "after an amendment through B, A does not find the new word (or still finds the old one)");
        System.out.println(
                "Search: published through A and found through B at once; amended through B and found by its new word"
                        + " (and not its old one) through A at once");
    }

    private static int found(String base, String word) {
        String page = Api.expect(Api.at(base).get("szukaj?q=" + word), 200).body();
        Matcher m = Pattern.compile("Liczba znalezionych dokumentów: (\\d+)").matcher(page);
        RegisterAudit.require(m.find(), "the search page states no count");
        return Integer.parseInt(m.group(1));
    }

    private static JsonObject publish(String base, long category, String title) {
        return Api.expect(
                        Api.editor(base)
                                .post(
                                        "api/v1/documents",
                                        Api.newDocument(category, title, "<p>" + title + "</p>", true, null)),
                        201)
                .json();
    }

    /** Amends the shared document on the revision just read; a 409 (someone was faster) is retried. */
    private static void amendShared(
            ApiClient editor,
            long id,
            String who,
            List<Write> writes,
            String via,
            AtomicInteger conflicts,
            Map<String, AtomicInteger> perInstance) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base =
                    Api.expect(editor.get("api/v1/documents/" + id), 200).json().getInt("currentRevision");
            ApiClient.Reply reply = editor.put(
                    "api/v1/documents/" + id,
                    Api.amendment(
                            "Wspólny dokument, zmiana " + who,
                            "<p>Zmiana przez " + who + " na wersji " + base + "</p>",
                            "Zmiana " + who,
                            base));
            if (reply.status() == 200) {
                writes.add(new Write(id, reply.json().getInt("currentRevision"), via));
                perInstance.get(via).incrementAndGet();
                return;
            }
            if (reply.status() != 409) {
                throw new IllegalStateException("shared amendment: " + reply);
            }
            conflicts.incrementAndGet();
        }
        throw new IllegalStateException("shared amendment never got through");
    }

    static void burst(String base, Path state, int count) throws Exception {
        List<Long> documents = new ArrayList<>();
        for (String line : Files.readAllLines(state)) {
            if (line.startsWith("views ")) {
                documents.add(Long.parseLong(line.split(" ")[1]));
            }
        }
        Map<Long, String> slugs = new HashMap<>();
        for (Long id : documents) {
            slugs.put(
                    id,
                    Api.expect(Api.at(base).get("api/v1/documents/" + id), 200)
                            .json()
                            .getString("slug"));
        }
        Map<Long, Long> counted = new HashMap<>();
        for (int i = 0; i < count; i++) {
            long id = documents.get(i % documents.size());
            RegisterAudit.require(Api.view(base, "/dokument/" + slugs.get(id)) == 200, "burst view");
            counted.merge(id, 1L, Long::sum);
        }
        List<String> lines = new ArrayList<>();
        counted.forEach((id, n) -> lines.add("views " + id + " " + n));
        Files.write(state, lines, StandardOpenOption.APPEND);
        System.out.println("burst: " + count + " more views through " + base);
    }

    static void verify(String base, Path state) throws Exception {
        ApiClient api = Api.at(base);
        long headBefore = 0;
        long scheduled = 0;
        Map<Long, Set<Integer>> written = new HashMap<>();
        Map<Long, Long> views = new HashMap<>();
        for (String line : Files.readAllLines(state)) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "head" -> headBefore = Long.parseLong(f[1]);
                case "scheduled" -> scheduled = Long.parseLong(f[1]);
                case "write" ->
                    RegisterAudit.require(
                            written.computeIfAbsent(Long.parseLong(f[1]), k -> new TreeSet<>())
                                    .add(Integer.parseInt(f[2])),
                            "revision " + f[2] + " of document " + f[1] + " reported twice");
                case "views" -> views.merge(Long.parseLong(f[1]), Long.parseLong(f[2]), Long::sum);
                default -> throw new IllegalStateException(line);
            }
        }

        RegisterAudit audit = new RegisterAudit(api);
        List<JsonObject> entries = audit.entries();
        Map<Long, Set<Integer>> registered = new HashMap<>();
        int scheduledPublications = 0;
        for (JsonObject e : entries) {
            Long doc = RegisterJson.number(e, "documentId");
            String action = e.getString("action");
            if (doc == null || e.getJsonNumber("seq").longValue() <= headBefore) {
                continue;
            }
            if (doc == scheduled && "PUBLISHED".equals(action)) {
                scheduledPublications++;
            } else if (("PUBLISHED".equals(action) || "AMENDED".equals(action)) && written.containsKey(doc)) {
                RegisterAudit.require(
                        registered
                                .computeIfAbsent(doc, k -> new TreeSet<>())
                                .add(RegisterJson.number(e, "revision").intValue()),
                        "revision " + e + " registered twice");
            }
        }
        RegisterAudit.require(
                registered.equals(written),
                "register and successful writes differ:\n register " + registered + "\n writes   " + written);
        int revisions = 0;
        for (Map.Entry<Long, Set<Integer>> doc : written.entrySet()) {
            Set<Integer> listed = new TreeSet<>();
            api.get("api/v1/documents/" + doc.getKey() + "/revisions")
                    .structure()
                    .asJsonArray()
                    .getValuesAs(JsonObject.class)
                    .forEach(r -> listed.add(r.getInt("number")));
            RegisterAudit.require(
                    listed.equals(doc.getValue()),
                    "document " + doc.getKey() + " lists revisions " + listed + " but the writes were "
                            + doc.getValue());
            revisions += listed.size();
        }
        RegisterAudit.require(
                scheduledPublications == 1, "the scheduled document was published " + scheduledPublications + " times");

        long expected = 0;
        long counted = 0;
        for (Map.Entry<Long, Long> v : views.entrySet()) {
            long visits = Api.expect(api.get("api/v1/documents/" + v.getKey()), 200)
                    .json()
                    .getJsonObject("metadata")
                    .getJsonNumber("visits")
                    .longValue();
            RegisterAudit.require(
                    visits == v.getValue(),
                    "document " + v.getKey() + ": " + v.getValue() + " views but " + visits + " visits");
            expected += v.getValue();
            counted += visits;
        }
        String register = audit.check(headBefore, headBefore + 1);
        System.out.println(
                "verify: every one of " + revisions + " successful publications/amendments of " + written.size()
                        + " documents is in the register and the revision lists, nothing else is; scheduled publication recorded once;"
                        + " visits expected " + expected + ", counted " + counted + "; " + register);
    }

    /** The document's status as a reader gets it from the API, or "HTTP n" while it is not public. */
    private static String publicStatus(String base, long id) {
        ApiClient.Reply reply = Api.at(base).get("api/v1/documents/" + id);
        return reply.status() == 200 ? reply.json().getString("status") : "HTTP " + reply.status();
    }
}
