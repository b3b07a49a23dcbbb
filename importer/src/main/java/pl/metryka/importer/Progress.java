package pl.metryka.importer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Done/total, rate and time left. On a terminal one line rewritten in place; otherwise (a log,
 * a pipe, a test) a line at most every {@link #LOG_EVERY} and at the end.
 */
final class Progress {

    static final Duration LOG_EVERY = Duration.ofSeconds(2);

    private final PrintStream out;
    private final int total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastPrinted;

    Progress(PrintStream out, int total, boolean terminal) {
        this.out = out;
        this.total = total;
        this.terminal = terminal;
    }

    void done(int done) {
        long now = System.nanoTime();
        boolean last = done == total;
        if (!terminal && !last && done != 1 && now - lastPrinted < LOG_EVERY.toNanos()) {
            return;
        }
        lastPrinted = now;
        String line = line(done, now);
        if (terminal) {
            out.print("\r" + line + (last ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Clears the rewritten line so that a message printed between documents stays readable. */
    void interrupt() {
        if (terminal) {
            out.print("\r" + " ".repeat(78) + "\r");
        }
    }

    String line(int done, long now) {
        double seconds = Math.max((now - start) / 1e9, 1e-3);
        double rate = done / seconds;
        String eta = rate > 0 ? clock(Math.round((total - done) / rate)) : "--:--:--";
        String perSecond = String.format(Locale.ROOT, "%.1f", rate).replace('.', ',');
        return String.format(
                Locale.ROOT,
                "Postęp: %d/%d (%d%%), %s dok./s, pozostało ok. %s",
                done,
                total,
                total == 0 ? 100 : done * 100 / total,
                perSecond,
                eta);
    }

    private static String clock(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
