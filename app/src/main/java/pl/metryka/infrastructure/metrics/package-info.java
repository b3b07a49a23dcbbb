/** MicroProfile Metrics of the application (served by Payara Micro at /metrics): all of them in one class. */
package pl.metryka.infrastructure.metrics;
