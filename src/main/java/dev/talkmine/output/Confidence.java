package dev.talkmine.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one place confidences are rounded, so JSON and CSV always agree. */
final class Confidence {

    private Confidence() {
    }

    /**
     * {@code value} rounded half-up to 3 decimals, trailing zeros dropped but at least one decimal
     * kept ({@code 0.93}, {@code 1.0}). Goes through {@link Double#toString}'s shortest
     * representation, so the result depends only on the double, never on locale or platform.
     *
     * @throws IllegalArgumentException unless {@code 0 <= value <= 1}
     */
    static BigDecimal round(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + value);
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 1 ? d.setScale(1) : d;
    }

    /** {@link #round} as text, never in exponent notation. */
    static String format(double value) {
        return round(value).toPlainString();
    }
}
