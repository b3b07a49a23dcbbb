package pl.metryka.verifier;

import java.io.PrintStream;

/** The plain report: what was checked, every failure (the first ones in full), and the verdict. */
final class Report {

    private static final int MAX_PRINTED = 50;

    private final PrintStream out;
    private int failures;
    private Long firstBadSeq;
    private String firstBadProblem;
    private String firstProblem;

    Report(PrintStream out) {
        this.out = out;
    }

    void line(String text) {
        out.println(text);
    }

    void ok(String text) {
        out.println("OK    " + text);
    }

    /** A failure tied to a register entry (null if none can be named). */
    void fail(Long seq, String problem) {
        failures++;
        String text = seq == null ? problem : "entry seq " + seq + ": " + problem;
        if (firstProblem == null) {
            firstProblem = text;
        }
        if (seq != null && (firstBadSeq == null || seq < firstBadSeq)) {
            firstBadSeq = seq;
            firstBadProblem = text;
        }
        if (failures <= MAX_PRINTED) {
            out.println("FAIL  " + text);
        } else if (failures == MAX_PRINTED + 1) {
            out.println("FAIL  (further failures not listed)");
        }
    }

    boolean failed() {
        return failures > 0;
    }

    int failures() {
        return failures;
    }

    Long firstBadSeq() {
        return firstBadSeq;
    }

    /** Prints the verdict; returns the exit code. */
    int finish() {
        if (failures == 0) {
            out.println("RESULT: OK");
            return 0;
        }
        out.println("RESULT: FAILED (" + failures + " problem" + (failures == 1 ? "" : "s") + ")");
        if (firstBadSeq != null) {
            out.println("FIRST BAD ENTRY: seq " + firstBadSeq + " — " + firstBadProblem);
        } else {
            out.println("FIRST PROBLEM: " + firstProblem);
        }
        return 1;
    }
}
