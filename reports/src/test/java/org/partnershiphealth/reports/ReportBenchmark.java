package org.partnershiphealth.reports;

import org.partnershiphealth.diagnosis.Diagnosis;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Rendering time of the full diagnosis report (HTML and PDF), the briefing (PDF) and the annual report (HTML),
 * warmed, for a realistic diagnosis. Not a unit test; see BENCHMARKS.md for how to run it.
 */
public final class ReportBenchmark {

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Diagnosis d = Fixtures.diagnosis("metro-transit-coalition-2026");
        Diagnosis before = Fixtures.diagnosis("metro-transit-coalition-2025");
        Reports reports = Fixtures.REPORTS;
        measure("full diagnosis, HTML", runs * 10, () -> reports.render(Reports.Kind.DIAGNOSIS, Reports.Format.HTML, d));
        measure("full diagnosis, PDF", runs, () -> reports.render(Reports.Kind.DIAGNOSIS, Reports.Format.PDF, d));
        measure("executive briefing, PDF", runs, () -> reports.render(Reports.Kind.BRIEFING, Reports.Format.PDF, d));
        measure("annual report, HTML", runs * 10, () -> reports.annual(Reports.Format.HTML, java.util.List.of(before, d)));
    }

    private static void measure(String what, int runs, Supplier<byte[]> render) {
        for (int i = 0; i < Math.max(5, runs / 2); i++) {
            render.get();
        }
        long[] nanos = new long[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            size = render.get().length;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-28s median %7.1f ms, p90 %7.1f ms (%d runs, %d KB)%n", what,
                nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, runs, size / 1024);
    }
}
