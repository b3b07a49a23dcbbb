package pl.metryka.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import pl.metryka.importer.ImportReport.Line;
import pl.metryka.importer.ImportReport.Result;

/**
 * {@code java -jar metryka-import.jar FOLDER [--url URL] [--user NAME] [--password-file FILE] [--report FILE]}:
 * imports a folder exported from another BIP into Metryka, one document (with its whole history)
 * per request, and ends with a report. Exit code 0 when every document was imported (or was
 * already there), 2 when some were refused, 1 when the import could not run (no folder, server
 * unreachable, credentials refused).
 */
public final class BulkImport {

    public static final int OK = 0;
    public static final int FATAL = 1;
    public static final int SOME_REFUSED = 2;
    static final String PASSWORD_VARIABLE = "METRYKA_IMPORT_PASSWORD";
    static final int DEFAULT_WORKERS = 4;
    static final long RETRY_AFTER_MILLIS = 2000;
    static final String USAGE = """
            Użycie: java -jar metryka-import.jar FOLDER [opcje]
              FOLDER                folder z plikiem metadane.csv i plikami HTML/PDF (format: deploy/import.md)
              --url ADRES           adres Metryki (domyślnie http://localhost:8080)
              --user NAZWA          konto z rolą ADMINISTRATOR (domyślnie admin)
              --password-file PLIK  plik z hasłem (pierwszy wiersz); albo zmienna METRYKA_IMPORT_PASSWORD
              --report PLIK         raport CSV (domyślnie import-report.csv w bieżącym katalogu)
              --rownolegle N        ile dokumentów wysyłać naraz (domyślnie 4; 1 = po kolei)
            Kod wyjścia: 0 wszystko zaimportowane lub już było, 2 część odrzucona, 1 import nie mógł się odbyć.""";

    private BulkImport() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.getenv(), System.console() != null));
    }

    /** The whole command, without exiting: what tests call in-process. */
    public static int run(String[] args, PrintStream out, Map<String, String> env, boolean terminal) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.println(USAGE);
            return OK;
        }
        try {
            return importFolder(Options.parse(args, env), out, terminal);
        } catch (FatalProblem e) {
            out.println("BŁĄD: " + e.getMessage());
            return FATAL;
        }
    }

    private static int importFolder(Options options, PrintStream out, boolean terminal) throws FatalProblem {
        SourceFolder folder = SourceFolder.read(options.folder);
        folder.warnings.forEach(w -> out.println("Uwaga: " + w));
        MetrykaServer server = new MetrykaServer(options.url, options.user, options.password);
        String importer = server.importer();
        int total = folder.documents.size();
        out.println("Import z " + options.folder.toAbsolutePath() + " do " + server.address() + " jako " + importer
                + ": dokumentów " + total + ", równolegle: " + options.workers + ".");
        String site = options.url.endsWith("/") ? options.url : options.url + "/";
        Line[] lines = new Line[total];
        AtomicReference<FatalProblem> stopped = new AtomicReference<>();
        ExecutorService workers = Executors.newFixedThreadPool(options.workers);
        try {
            CompletionService<Integer> done = new ExecutorCompletionService<>(workers);
            for (int i = 0; i < total; i++) {
                int index = i;
                done.submit(() -> {
                    lines[index] = importOrStop(server, folder.dir, folder.documents.get(index), site, stopped);
                    return index;
                });
            }
            Progress progress = new Progress(out, total, terminal);
            for (int finished = 1; finished <= total; finished++) {
                Line line = lines[take(done)];
                if (line.result() == Result.ODRZUCONO) {
                    progress.interrupt();
                    out.println("ODRZUCONO " + line.sourceId() + " (wiersze " + line.lines() + "): " + line.message());
                }
                progress.done(finished);
            }
        } finally {
            workers.shutdownNow();
        }
        if (stopped.get() != null) {
            out.println("BŁĄD: " + stopped.get().getMessage());
        }
        ImportReport report = new ImportReport();
        Arrays.stream(lines).forEach(report::add);
        report.print(out);
        try {
            report.write(options.report);
            out.println("Raport: " + options.report.toAbsolutePath());
        } catch (IOException e) {
            out.println("BŁĄD: nie można zapisać raportu " + options.report.toAbsolutePath() + ": " + e.getMessage());
            return FATAL;
        }
        if (stopped.get() != null) {
            return FATAL;
        }
        return report.count(Result.ODRZUCONO) > 0 ? SOME_REFUSED : OK;
    }

    private static int take(CompletionService<Integer> done) {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("przerwano", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One document on a worker thread; after a fatal problem the rest are only listed as not processed. */
    private static Line importOrStop(
            MetrykaServer server,
            Path dir,
            SourceDocument document,
            String site,
            AtomicReference<FatalProblem> stopped) {
        if (stopped.get() != null) {
            return line(
                    Result.NIEPRZETWORZONO,
                    document,
                    null,
                    null,
                    "Import przerwany: " + stopped.get().getMessage());
        }
        try {
            return importOne(server, dir, document, site);
        } catch (RuntimeException e) {
            // one odd answer or file never stops the rest
            return line(Result.ODRZUCONO, document, null, null, "Nieoczekiwany błąd: " + e.getMessage());
        } catch (FatalProblem e) {
            stopped.compareAndSet(null, e);
            return line(Result.NIEPRZETWORZONO, document, null, null, "Import przerwany: " + e.getMessage());
        }
    }

    private static Line importOne(MetrykaServer server, Path dir, SourceDocument document, String site)
            throws FatalProblem {
        String request = document.request(dir);
        if (request == null) {
            return line(Result.ODRZUCONO, document, null, null, join(document.problems()));
        }
        MetrykaServer.Reply reply = send(server, request);
        switch (reply.status()) {
            case 200, 201 -> {
                Map<String, Object> result = reply.json();
                Result outcome = switch (String.valueOf(result.get("outcome"))) {
                    case "IMPORTED" -> Result.ZAIMPORTOWANO;
                    case "UPDATED" -> Result.UZUPELNIONO;
                    default -> Result.POMINIETO;
                };
                Object total = result.get("revisionsTotal");
                return line(
                        outcome,
                        document,
                        site + "dokument/" + result.get("slug"),
                        total instanceof Long n ? n.intValue() : null,
                        String.valueOf(result.get("message")));
            }
            case 401 -> throw new FatalProblem("Serwer przestał przyjmować dane logowania (401).");
            case 403 -> throw new FatalProblem("Konto straciło uprawnienia do importu (403).");
            default -> {
                return line(Result.ODRZUCONO, document, null, null, errors(document, reply));
            }
        }
    }

    /**
     * One retry for a dropped connection or a server error (say, two workers taking the same new
     * slug at once). Safe: a refused request wrote nothing, and one that did go through is
     * recognised by its source id and skipped. A server that stays away stops the import.
     */
    private static MetrykaServer.Reply send(MetrykaServer server, String request) throws FatalProblem {
        IOException failure = null;
        MetrykaServer.Reply reply = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            if (attempt > 0 && !pause()) {
                break;
            }
            try {
                reply = server.importDocument(request);
                failure = null;
                if (reply.status() < 500) {
                    return reply;
                }
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null || reply == null) {
            throw new FatalProblem("Serwer Metryki przestał odpowiadać: " + MetrykaServer.describe(failure));
        }
        return reply;
    }

    private static boolean pause() {
        try {
            // spread out, so that requests that failed together do not meet again
            Thread.sleep(RETRY_AFTER_MILLIS / 2 + ThreadLocalRandom.current().nextLong(RETRY_AFTER_MILLIS));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The server's field errors as lines and columns of the metadata file. */
    @SuppressWarnings("unchecked")
    private static String errors(SourceDocument document, MetrykaServer.Reply reply) {
        List<Problem> problems = new ArrayList<>();
        try {
            Object errors = reply.json().get("errors");
            if (errors instanceof List<?> list) {
                for (Object e : list) {
                    Map<String, Object> error = (Map<String, Object>) e;
                    Object field = error.get("field");
                    problems.add(document.locate(
                            field == null ? null : field.toString(), String.valueOf(error.get("message"))));
                }
            }
        } catch (RuntimeException notJson) {
            // an answer that is not the API's JSON (a proxy's error page): reported by status below
        }
        if (problems.isEmpty()) {
            problems.add(new Problem(document.firstLine(), null, "Serwer odpowiedział " + reply.status() + "."));
        }
        return (reply.status() >= 500 ? "Błąd serwera " + reply.status() + ": " : "") + join(problems);
    }

    private static String join(List<Problem> problems) {
        return String.join("; ", problems.stream().map(Problem::toString).toList());
    }

    private static Line line(
            Result result, SourceDocument document, String address, Integer revisions, String message) {
        return new Line(
                result,
                document.sourceId == null ? "" : document.sourceId,
                document.lines(),
                document.title(),
                address,
                revisions,
                message);
    }

    /** The command line; the password comes from a file or the environment, never from the arguments. */
    record Options(Path folder, String url, String user, String password, Path report, int workers) {

        static Options parse(String[] args, Map<String, String> env) throws FatalProblem {
            Path folder = null;
            String url = "http://localhost:8080";
            String user = "admin";
            Path passwordFile = null;
            Path report = Path.of("import-report.csv");
            int workers = DEFAULT_WORKERS;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--url" -> url = value(args, ++i, arg);
                    case "--user" -> user = value(args, ++i, arg);
                    case "--password-file" -> passwordFile = Path.of(value(args, ++i, arg));
                    case "--report" -> report = Path.of(value(args, ++i, arg));
                    case "--rownolegle" -> workers = workers(value(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("--") || folder != null) {
                            throw new FatalProblem("nieznany argument " + arg + "\n" + USAGE);
                        }
                        folder = Path.of(arg);
                    }
                }
            }
            if (folder == null) {
                throw new FatalProblem("podaj folder importu.\n" + USAGE);
            }
            return new Options(folder, url, user, password(passwordFile, env), report, workers);
        }

        private static String password(Path file, Map<String, String> env) throws FatalProblem {
            if (file != null) {
                try {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    if (lines.isEmpty() || lines.get(0).isEmpty()) {
                        throw new FatalProblem("plik z hasłem " + file + " jest pusty.");
                    }
                    return lines.get(0).strip();
                } catch (IOException e) {
                    throw new FatalProblem("nie można odczytać pliku z hasłem " + file + ": " + e.getMessage());
                }
            }
            String fromEnv = env.get(PASSWORD_VARIABLE);
            if (fromEnv == null || fromEnv.isEmpty()) {
                throw new FatalProblem("podaj hasło: --password-file PLIK albo zmienna " + PASSWORD_VARIABLE + ".");
            }
            return fromEnv;
        }

        private static int workers(String value) throws FatalProblem {
            if (!value.matches("\\d{1,2}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 32) {
                throw new FatalProblem("--rownolegle: liczba od 1 do 32.\n" + USAGE);
            }
            return Integer.parseInt(value);
        }

        private static String value(String[] args, int i, String option) throws FatalProblem {
            if (i >= args.length) {
                throw new FatalProblem("opcja " + option + " wymaga wartości.\n" + USAGE);
            }
            return args[i];
        }
    }
}
