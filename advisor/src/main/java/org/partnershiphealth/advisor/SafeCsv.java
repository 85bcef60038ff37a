package org.partnershiphealth.advisor;

/**
 * One rule for every CSV the product writes (the portfolio summary, a round's raw answers): a cell spreadsheets
 * read as text. A value starting with =, +, -, @, tab or carriage return (a formula to Excel, LibreOffice and
 * Google Sheets) gets a leading apostrophe; then the usual quoting.
 */
public final class SafeCsv {

    private SafeCsv() {
    }

    public static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /** One CSV line of safe cells, ended by CRLF as RFC 4180 and spreadsheets expect. */
    public static void row(StringBuilder out, java.util.List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(cell(cells.get(i) == null ? "" : cells.get(i)));
        }
        out.append("\r\n");
    }
}
