package dev.kefu.kb.io;

import java.util.regex.Pattern;

/**
 * Keeps exported CSV cells from running as formulas when an admin opens the file in Excel or
 * LibreOffice (OWASP "CSV injection"): a cell starting with {@code = + - @}, tab or carriage return
 * gets a leading apostrophe, the spreadsheet's own "this is text" mark, and import drops it again.
 */
final class SpreadsheetFormulaGuard {

    // Apostrophes already in front are counted, so a text that really starts with '= survives the trip.
    private static final Pattern PROTECTED = Pattern.compile("'+[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern NEEDS_PROTECTION = Pattern.compile("'*[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private SpreadsheetFormulaGuard() {
    }

    static String protect(String cell) {
        return NEEDS_PROTECTION.matcher(cell).matches() ? "'" + cell : cell;
    }

    static String unprotect(String cell) {
        return PROTECTED.matcher(cell).matches() ? cell.substring(1) : cell;
    }
}
