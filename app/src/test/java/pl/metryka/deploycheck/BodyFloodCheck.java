package pl.metryka.deploycheck;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import pl.metryka.test.SlowPost;

/**
 * Issue 14 item 2 against the production launcher: 20 concurrent anonymous POSTs of 60 MB each to
 * {@code /api/v1/documents}, against an instance started with {@code -Xmx512m -XX:+ExitOnOutOfMemoryError}
 * (the script's part): 1,200 MB of bodies that a server reading them could not hold. Every one must be
 * answered 401 before more than {@link SlowPost#FIRST_PART} bytes of its body were sent, all within
 * seconds; the script then checks the instance is still alive and ready, and prints its heap.
 * Usage: {@code BodyFloodCheck BASE}.
 */
public final class BodyFloodCheck {

    private static final long SIXTY_MB = 60L * 1024 * 1024;

    private BodyFloodCheck() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].replaceAll("/+$", "") + "/");
        String path = base.getPath() + "api/v1/documents";
        ExecutorService clients = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SlowPost.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean chunked = i % 5 == 4;
            answers.add(clients.submit(() -> {
                start.await();
                return SlowPost.send(base, path, null, SIXTY_MB, chunked);
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        long mostSent = 0;
        for (Future<SlowPost.Answer> answer : answers) {
            SlowPost.Answer a = answer.get();
            RegisterAudit.require(
                    a.status() == 401, "an anonymous 60 MB POST answered " + a.status() + ": " + a.head());
            RegisterAudit.require(
                    a.sentBeforeAnswer() <= SlowPost.FIRST_PART,
                    "an anonymous 60 MB POST was answered only after " + a.sentBeforeAnswer() + " bytes of its body");
            mostSent = Math.max(mostSent, a.sentBeforeAnswer());
        }
        clients.shutdown();
        long millis = (System.nanoTime() - began) / 1_000_000;
        RegisterAudit.require(millis < 30_000, "20 anonymous 60 MB POSTs took " + millis + " ms to be refused");
        System.out.println("20 concurrent anonymous 60 MB POSTs: all 401 in " + millis + " ms, each after at most "
                + mostSent + " bytes of its body");
    }
}
