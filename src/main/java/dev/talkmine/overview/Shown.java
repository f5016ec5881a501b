package dev.talkmine.overview;

import dev.talkmine.doc.EntityType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How values read on the page: entity types as labels and highlight classes, confidences, counts of things. */
final class Shown {

    private Shown() {
    }

    /** The CSS class of a type's highlights. */
    static String css(EntityType t) {
        return switch (t) {
            case PERSON -> "person";
            case ORGANIZATION -> "org";
            case TECHNOLOGY -> "tech";
            case LOCATION -> "loc";
        };
    }

    /** A type's name as shown. */
    static String label(EntityType t) {
        return t.name().toLowerCase(Locale.ROOT);
    }

    /** As in the JSON and CSV: half-up to 3 decimals, at least one decimal, never an exponent. */
    static String confidence(double value) {
        if (!(value >= 0 && value <= 1)) {
            return "?";
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return (d.scale() < 1 ? d.setScale(1) : d).toPlainString();
    }

    /** {@code n} and the noun, with an {@code s} unless {@code n} is 1. */
    static String plural(int n, String one) {
        return plural(n, one, one + "s");
    }

    /** {@code n} and the noun in the number {@code n} asks for. */
    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A right-aligned number cell. */
    static void numCell(StringBuilder sb, int n) {
        sb.append("<td class=\"num\">").append(n).append("</td>");
    }
}
