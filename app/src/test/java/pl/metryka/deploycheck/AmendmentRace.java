package pl.metryka.deploycheck;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import pl.metryka.test.ApiClient;

/**
 * Part of {@code deploy/cluster/check-two-instances.sh}: {@code AmendmentRace A B STATE N} sends N amendments of
 * ONE document at once, half through each instance, all based on its first revision. A loser (409) must be told the
 * revision that is current now, newer than its base, and tries again on that one, until every amendment is in.
 * Then: exactly one winner per base revision (1 .. N), the history lists revisions 1 .. N+1 and each revision holds
 * its winner's text, so no amendment was lost or overwritten. The winners are appended to STATE as writes, so
 * {@code ClusterCheck verify} also finds each in the register exactly once.
 */
public final class AmendmentRace {

    private AmendmentRace() {}

    record Win(int amender, int base, int revision, String via) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> instances = Map.of("A", args[0], "B", args[1]);
        Path state = Path.of(args[2]);
        int amenders = Integer.parseInt(args[3]);
        String run = UUID.randomUUID().toString().substring(0, 8);
        long category = Api.someCategory(Api.at(args[0]));
        JsonObject doc = Api.expect(
                        Api.editor(args[0])
                                .post(
                                        "api/v1/documents",
                                        Api.newDocument(
                                                category, "Wyścig " + run, "<p>Wersja pierwsza.</p>", true, null)),
                        201)
                .json();
        long id = doc.getJsonNumber("id").longValue();

        ConcurrentHashMap<Integer, Win> winnerOfBase = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicInteger conflicts = new AtomicInteger();
        SimultaneousStart race = new SimultaneousStart();
        for (int i = 0; i < amenders; i++) {
            int amender = i;
            String via = i % 2 == 0 ? "A" : "B";
            ApiClient editor = Api.editor(instances.get(via));
            race.add(() -> {
                int base = 1;
                for (int attempt = 0; attempt < 10 * amenders; attempt++) {
                    ApiClient.Reply reply = editor.put(
                            "api/v1/documents/" + id,
                            Api.amendment("Wyścig " + run, text(amender, base), "Zmiana " + amender, base));
                    if (reply.status() == 200) {
                        int revision = reply.json().getInt("currentRevision");
                        Win win = new Win(amender, base, revision, via);
                        Win other = winnerOfBase.putIfAbsent(base, win);
                        if (other != null) {
                            problems.add("two winners on revision " + base + ": " + other + " and " + win);
                        }
                        if (revision != base + 1) {
                            problems.add("an amendment based on revision " + base + " became revision " + revision);
                        }
                        return null;
                    }
                    if (reply.status() != 409) {
                        problems.add("amendment " + amender + " through " + via + ": " + reply);
                        return null;
                    }
                    conflicts.incrementAndGet();
                    JsonObject problem = reply.json();
                    int current = problem.containsKey("currentRevision") ? problem.getInt("currentRevision") : -1;
                    if (current <= base) {
                        problems.add("a 409 on base " + base + " named current revision " + current + ": " + reply);
                        return null;
                    }
                    base = current;
                    // a growing random pause: 99 losers retrying at once would queue on the document's row
                    // lock only to lose again, which makes the race long, not harder
                    Thread.sleep(ThreadLocalRandom.current().nextInt(1 + Math.min(500, 25 * (attempt + 1))));
                }
                problems.add("amendment " + amender + " never got in");
                return null;
            });
        }
        double seconds = race.run();
        RegisterAudit.require(
                problems.isEmpty(),
                problems.size() + " problems, first: "
                        + problems.stream().limit(5).toList());
        RegisterAudit.require(
                winnerOfBase.size() == amenders, winnerOfBase.size() + " of " + amenders + " amendments got in");

        // the history: revisions 1 .. N+1, each with its winner's text
        ApiClient api = Api.at(args[0]);
        List<Integer> listed = new ArrayList<>();
        api.get("api/v1/documents/" + id + "/revisions")
                .structure()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .forEach(r -> listed.add(r.getInt("number")));
        listed.sort(null);
        List<Integer> expected = new ArrayList<>();
        for (int n = 1; n <= amenders + 1; n++) {
            expected.add(n);
        }
        RegisterAudit.require(
                listed.equals(expected), "the history lists revisions " + listed + ", expected 1 .. " + (amenders + 1));
        Map<String, Integer> perInstance = new TreeMap<>();
        for (Win win : winnerOfBase.values()) {
            String body = Api.expect(api.get("api/v1/documents/" + id + "/revisions/" + win.revision()), 200)
                    .json()
                    .getString("body");
            RegisterAudit.require(
                    body.contains(text(win.amender(), win.base())),
                    "revision " + win.revision() + " does not hold the text of its winner " + win + ": " + body);
            perInstance.merge(win.via(), 1, Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        lines.add("write " + id + " 1 A");
        winnerOfBase.values().forEach(w -> lines.add("write " + id + " " + w.revision() + " " + w.via()));
        Files.write(state, lines, StandardOpenOption.APPEND);
        System.out.printf(
                "race: %d concurrent amendments of document %d through A and B, all based on revision 1: in %.1f s"
                        + " all %d got in, exactly one winner per base revision 1 .. %d (winners through %s); %d conflicts"
                        + " answered 409 with a newer current revision and retried on it; the history lists revisions"
                        + " 1 .. %d, each with its winner's text%n",
                amenders, id, seconds, amenders, amenders, perInstance, conflicts.get(), amenders + 1);
    }

    private static String text(int amender, int base) {
        return "<p>Zmiana " + amender + " na wersji " + base + "</p>";
    }
}
