package org.partnershiphealth.advisor.cli;

import org.partnershiphealth.reports.Reports;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The output formats of the commands that write a report; PDF is binary and always goes to a file. */
enum ReportFormat {
    json, md, html, pdf;

    Reports.Format reportFormat() {
        return switch (this) {
            case md -> Reports.Format.MD;
            case html -> Reports.Format.HTML;
            case pdf -> Reports.Format.PDF;
            case json -> throw new IllegalStateException("JSON is not a rendered report");
        };
    }

    void requireFileFor(Path out) {
        if (this == pdf && out == null) {
            throw new PhaCommand.BadInputException("--format pdf writes a binary file: add --out FILE.pdf");
        }
    }

    static void write(ReportFormat format, byte[] rendered, Path out, PrintWriter stdout) {
        if (format == pdf) {
            Outputs.write(out, rendered);
        } else {
            Outputs.write(out, new String(rendered, StandardCharsets.UTF_8), stdout);
        }
    }
}
