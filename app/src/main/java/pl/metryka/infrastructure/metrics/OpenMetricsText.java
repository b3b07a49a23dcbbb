package pl.metryka.infrastructure.metrics;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/**
 * A metric registry in the Prometheus text exposition format (version 0.0.4), named as MicroProfile
 * Metrics 5 specifies for it (and as Payara's own endpoint wrote them): dots become underscores,
 * the base unit is appended ({@code _seconds}, {@code _bytes}), counters end in {@code _total}, and
 * every sample carries {@code mp_scope}. Timers and histograms are written as summaries (count and
 * sum). Needed because Payara's /metrics endpoint cannot be limited to the application's roles.
 */
final class OpenMetricsText {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private OpenMetricsText() {}

    static void write(String scope, MetricRegistry registry, StringBuilder out) {
        String family = null;
        for (Map.Entry<MetricID, Metric> entry : registry.getMetrics().entrySet()) {
            MetricID id = entry.getKey();
            Metric metric = entry.getValue();
            Metadata metadata = registry.getMetadata(id.getName());
            Unit unit = Unit.of(metadata == null ? null : metadata.getUnit());
            String name = sanitise(id.getName()) + unit.suffix;
            String labels = labels(scope, id.getTags());
            if (metric instanceof Counter counter) {
                header(out, name + "_total", "counter", metadata, !name.equals(family));
                sample(out, name + "_total", labels, String.valueOf(counter.getCount()));
            } else if (metric instanceof Gauge<?> gauge) {
                Number value = gauge.getValue();
                if (value == null) {
                    continue;
                }
                header(out, name, "gauge", metadata, !name.equals(family));
                sample(out, name, labels, number(value.doubleValue() * unit.factor));
            } else if (metric instanceof Timer timer) {
                String seconds = sanitise(id.getName()) + "_seconds";
                header(out, seconds, "summary", metadata, !seconds.equals(family));
                summary(
                        out,
                        seconds,
                        labels,
                        timer.getCount(),
                        number(timer.getElapsedTime().toNanos() / 1e9));
                name = seconds;
            } else if (metric instanceof Histogram histogram) {
                header(out, name, "summary", metadata, !name.equals(family));
                summary(out, name, labels, histogram.getCount(), number(histogram.getSum() * unit.factor));
            } else {
                continue;
            }
            family = name;
        }
    }

    /** A timer or a histogram: what a summary without quantiles holds, its count and its sum. */
    private static void summary(StringBuilder out, String name, String labels, long count, String sum) {
        sample(out, name + "_count", labels, String.valueOf(count));
        sample(out, name + "_sum", labels, sum);
    }

    private static void sample(StringBuilder out, String name, String labels, String value) {
        out.append(name).append(labels).append(' ').append(value).append('\n');
    }

    private static void header(StringBuilder out, String name, String type, Metadata metadata, boolean first) {
        if (!first) {
            return;
        }
        String help = metadata == null ? null : metadata.getDescription();
        if (help != null && !help.isBlank()) {
            out.append("# HELP ")
                    .append(name)
                    .append(' ')
                    .append(help.replace("\\", "\\\\").replace("\n", "\\n"))
                    .append('\n');
        }
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static String labels(String scope, Map<String, String> tags) {
        Map<String, String> all = new TreeMap<>(tags);
        all.put("mp_scope", scope);
        StringBuilder s = new StringBuilder("{");
        for (Map.Entry<String, String> tag : all.entrySet()) {
            if (s.length() > 1) {
                s.append(',');
            }
            s.append(sanitise(tag.getKey()))
                    .append("=\"")
                    .append(tag.getValue()
                            .replace("\\", "\\\\")
                            .replace("\"", "\\\"")
                            .replace("\n", "\\n"))
                    .append('"');
        }
        return s.append('}').toString();
    }

    static String sanitise(String name) {
        String s = name.replaceAll("[^a-zA-Z0-9_]", "_").replaceAll("__+", "_");
        return Character.isDigit(s.charAt(0)) ? "_" + s : s;
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return Double.toString(value);
    }

    /** The base unit a value is converted to, and the name's suffix. */
    private record Unit(String suffix, double factor) {
        static Unit of(String unit) {
            if (unit == null || unit.isBlank() || unit.equals("none")) {
                return new Unit("", 1);
            }
            return switch (unit.toLowerCase(Locale.ROOT)) {
                case "nanoseconds" -> new Unit("_seconds", 1e-9);
                case "microseconds" -> new Unit("_seconds", 1e-6);
                case "milliseconds" -> new Unit("_seconds", 1e-3);
                case "seconds" -> new Unit("_seconds", 1);
                case "minutes" -> new Unit("_seconds", 60);
                case "hours" -> new Unit("_seconds", 3600);
                case "days" -> new Unit("_seconds", 86400);
                case "bits" -> new Unit("_bytes", 1.0 / 8);
                case "bytes" -> new Unit("_bytes", 1);
                case "kilobytes" -> new Unit("_bytes", 1e3);
                case "megabytes" -> new Unit("_bytes", 1e6);
                case "gigabytes" -> new Unit("_bytes", 1e9);
                default -> new Unit("_" + sanitise(unit), 1);
            };
        }
    }
}
