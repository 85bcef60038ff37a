package org.partnershiphealth.advisor.web;

import org.partnershiphealth.reports.Reports;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Locale;

/** The report formats the API serves and the content type of each. */
public final class ReportFormats {

    record Chosen(String name, Reports.Format format, MediaType type) {
    }

    private ReportFormats() {
    }

    static Chosen of(String format, boolean jsonAllowed) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "html" -> new Chosen("html", Reports.Format.HTML, new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8));
            case "pdf" -> new Chosen("pdf", Reports.Format.PDF, MediaType.APPLICATION_PDF);
            case "md", "markdown" -> new Chosen("md", Reports.Format.MD, new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8));
            case "json" -> {
                if (!jsonAllowed) {
                    throw new IllegalArgumentException("format: html, pdf or md");
                }
                yield new Chosen("json", null, MediaType.APPLICATION_JSON);
            }
            default -> throw new IllegalArgumentException("format: " + (jsonAllowed ? "json, " : "") + "html, pdf or md,"
                    + " not " + format);
        };
    }

    static ResponseEntity<byte[]> respond(Chosen chosen, byte[] body, String baseName) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(chosen.type());
        if (chosen.format() == Reports.Format.PDF) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, attachment(baseName + ".pdf"));
        }
        return response.body(body);
    }

    /**
     * The Content-Disposition of a download. Names come from user data (periods, partnership ids), so every
     * character outside letters, digits, dot, dash and underscore becomes a dash: no quote, semicolon, CR or LF can
     * reach the header.
     */
    public static String attachment(String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "-");
        return "attachment; filename=\"" + (safe.isEmpty() ? "download" : safe) + "\"";
    }

    /** A file to download: its bytes, type and (sanitised) name. */
    public static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, attachment(name)).body(body);
    }
}
