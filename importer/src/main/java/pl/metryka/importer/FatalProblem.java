package pl.metryka.importer;

/** A problem that stops the whole import (exit code 1): no folder, no server, wrong credentials. */
final class FatalProblem extends Exception {

    FatalProblem(String message) {
        super(message);
    }
}
