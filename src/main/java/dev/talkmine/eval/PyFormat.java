package dev.talkmine.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Python's number and JSON formatting, so that reports print byte for byte as {@code score.py}
 * prints them: {@code "%7.2f"} (correctly rounded from the exact binary value, ties to even, which
 * Java's {@code %f} is not), {@code repr(float)} (shortest round-trip digits) and
 * {@code json.dumps(obj, indent=1)} (ASCII only).
 */
final class PyFormat {
    private PyFormat() {
    }

    /** {@code "%{width}.{decimals}f" % x}. */
    static String fixed(double x, int width, int decimals) {
        String s;
        if (Double.isNaN(x)) {
            s = "nan";
        } else if (Double.isInfinite(x)) {
            s = x > 0 ? "inf" : "-inf";
        } else {
            s = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
            if (x < 0 || (x == 0 && 1 / x < 0)) {
                s = s.startsWith("-") ? s : "-" + s;
            }
        }
        return padLeft(s, width);
    }

    /** {@code "%{width}s" % s}: right-aligned, counting code points. */
    static String padLeft(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : " ".repeat(width - n) + s;
    }

    /** {@code "%-{width}s" % s}: left-aligned, counting code points. */
    static String padRight(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : s + " ".repeat(width - n);
    }

    /** {@code s[:n]}: the first {@code n} code points. */
    static String head(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** {@code repr(x)} for a float: the shortest digits that read back as {@code x}. */
    static String repr(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == 0) {
            return 1 / x < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal c = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (c.doubleValue() == x) {
                shortest = c;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int decpt = digits.length() - shortest.scale(); // x = 0.DIGITS * 10^decpt
        String sign = x < 0 ? "-" : "";
        if (decpt <= -4 || decpt > 16) {
            int exp = decpt - 1;
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        if (decpt <= 0) {
            return sign + "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt < digits.length()) {
            return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
        }
        return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
    }

    /** {@code repr(d)} of a dict of strings to integers: {@code {'a': 1, 'b': 2}}. */
    static String dictRepr(Map<String, Integer> d) {
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, Integer> e : d.entrySet()) {
            b.append(b.length() > 1 ? ", " : "").append(strRepr(e.getKey())).append(": ").append(e.getValue());
        }
        return b.append('}').toString();
    }

    /**
     * {@code repr(s)} of a string: single quotes unless it holds a single quote and no double one;
     * backslash, the quote, tab, CR, LF and other ASCII control characters escaped (other characters
     * Python deems unprintable are kept as they are: verdict labels never have them).
     */
    static String strRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c == q) {
                        b.append('\\').append(c);
                    } else if (c < ' ' || c == 0x7f) {
                        b.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append(q).toString();
    }

    /**
     * {@code json.dumps(value, indent=1)}: maps (in iteration order), lists, strings, integers and
     * doubles.
     */
    static String json(Object value) {
        StringBuilder b = new StringBuilder();
        json(value, 0, b);
        return b.toString();
    }

    private static void json(Object v, int level, StringBuilder b) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append('{');
            String sep = "\n" + " ".repeat(level + 1);
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ",").append(sep);
                first = false;
                string((String) e.getKey(), b);
                b.append(": ");
                json(e.getValue(), level + 1, b);
            }
            b.append('\n').append(" ".repeat(level)).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append('[');
            String sep = "\n" + " ".repeat(level + 1);
            boolean first = true;
            for (Object x : l) {
                b.append(first ? "" : ",").append(sep);
                first = false;
                json(x, level + 1, b);
            }
            b.append('\n').append(" ".repeat(level)).append(']');
        } else if (v instanceof String s) {
            string(s, b);
        } else if (v instanceof Double d) {
            b.append(repr(d));
        } else if (v instanceof Integer || v instanceof Long) {
            b.append(v);
        } else if (v instanceof Boolean x) {
            b.append(x ? "true" : "false");
        } else if (v == null) {
            b.append("null");
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass());
        }
    }

    /** A JSON string with {@code ensure_ascii}: everything outside {@code ' '..'~'} escaped. */
    private static void string(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c >= ' ' && c <= '~') {
                        b.append(c);
                    } else {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    }
                }
            }
        }
        b.append('"');
    }
}
