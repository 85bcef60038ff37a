package org.partnershiphealth.advisor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk (Debian's package) against the service and reads its summary: requests per second, p50 and p99 latency,
 * and answers that were not 2xx or 3xx. wrk is written in C and takes much less of the two cores than Java clients
 * would, which is why the HTTP benchmarks use it when it is installed.
 */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors: (.*)");

    private Wrk() {
    }

    /** One run's result, latencies in milliseconds. */
    record Result(double perSecond, double p50, double p99, long notOk, String socketErrors) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f req/s, p50 %.1f ms, p99 %.1f ms, %d not 2xx%s", perSecond, p50, p99,
                    notOk, socketErrors == null ? "" : ", socket errors " + socketErrors);
        }
    }

    static boolean installed() {
        try {
            Process probe = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            probe.waitFor();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A script of bench/, found from the project folder or from a module's. */
    static Path script(String name) {
        Path here = Path.of("bench", name);
        return (Files.exists(here) ? here : Path.of("..", "bench", name)).toAbsolutePath();
    }

    /**
     * Starts wrk with 2 threads and the given connections for the given time; the extra arguments go before the URL
     * (e.g. "-H", "Authorization: Bearer ..." or "-s", script), and those after a "--" after it, for the script.
     * Returns the running process.
     */
    static Process start(String url, int connections, Duration time, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections,
                "-d" + time.toSeconds() + "s", "--latency"));
        List<String> options = List.of(extra);
        int split = options.indexOf("--");
        command.addAll(split < 0 ? options : options.subList(0, split));
        command.add(url);
        if (split >= 0) {
            command.addAll(options.subList(split, options.size()));
        }
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    static Result finish(Process wrk) throws IOException, InterruptedException {
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("wrk printed no summary:\n" + output);
        }
        Matcher notOk = NON_2XX.matcher(output);
        Matcher errors = ERRORS.matcher(output);
        return new Result(Double.parseDouble(rate.group(1)), percentile(output, "50%"), percentile(output, "99%"),
                notOk.find() ? Long.parseLong(notOk.group(1)) : 0, errors.find() ? errors.group(1).strip() : null);
    }

    static Result run(String url, int connections, Duration time, String... extra)
            throws IOException, InterruptedException {
        return finish(start(url, connections, time, extra));
    }

    /** wrk prints latencies as 12.34us, 12.34ms or 1.23s. */
    private static double percentile(String output, String which) {
        Matcher line = Pattern.compile("\\s" + Pattern.quote(which) + "\\s+([0-9.]+)(us|ms|s)").matcher(output);
        if (!line.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(line.group(1));
        return switch (line.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
