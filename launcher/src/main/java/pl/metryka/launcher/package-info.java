/** The runnable jar's launcher: starts the embedded MariaDB when no external one is configured, then Payara Micro with the WAR. */
package pl.metryka.launcher;
