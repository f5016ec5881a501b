package dev.talkmine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Python's formatting; expected strings are what Python 3 prints. */
class PyFormatTest {

    @Test
    void fixedRoundsTheExactBinaryValueHalfEven() {
        assertThat(PyFormat.fixed(0.125, 7, 2)).isEqualTo("   0.12"); // exact tie: to even (Java's %f: 0.13)
        assertThat(PyFormat.fixed(0.375, 7, 2)).isEqualTo("   0.38");
        assertThat(PyFormat.fixed(0.285, 7, 2)).isEqualTo("   0.28"); // 0.28499999... (Java's %f: 0.29)
        assertThat(PyFormat.fixed(0.675, 7, 2)).isEqualTo("   0.68");
        assertThat(PyFormat.fixed(0.005, 7, 2)).isEqualTo("   0.01");
        assertThat(PyFormat.fixed(1.0, 7, 2)).isEqualTo("   1.00");
    }

    @Test
    void reprIsShortestRoundTrip() {
        assertThat(PyFormat.repr(1.0)).isEqualTo("1.0");
        assertThat(PyFormat.repr(0.0)).isEqualTo("0.0");
        assertThat(PyFormat.repr(2.0 / 3)).isEqualTo("0.6666666666666666");
        assertThat(PyFormat.repr(8.0 / 9)).isEqualTo("0.8888888888888888");
        assertThat(PyFormat.repr(2 * 0.8 * 1.0 / (0.8 + 1.0))).isEqualTo("0.888888888888889");
        assertThat(PyFormat.repr(0.0001)).isEqualTo("0.0001");
        assertThat(PyFormat.repr(0.00001)).isEqualTo("1e-05");
        assertThat(PyFormat.repr(1.5e-5)).isEqualTo("1.5e-05");
        assertThat(PyFormat.repr(1e15)).isEqualTo("1000000000000000.0");
        assertThat(PyFormat.repr(1e16)).isEqualTo("1e+16");
    }

    @Test
    void padsByCodePoints() {
        assertThat(PyFormat.padRight("\uD83C\uDF89", 3)).isEqualTo("\uD83C\uDF89  ");
        assertThat(PyFormat.head("\uD83C\uDF89ab", 2)).isEqualTo("\uD83C\uDF89a");
    }

    @Test
    void jsonLikeDumpsIndentOne() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("p", 0.5);
        inner.put("n", 3);
        inner.put("missed", List.of("zo\u00eb", "\uD83C\uDF89\"\\"));
        inner.put("spurious", List.of());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("a", inner);
        root.put("b", Map.of());
        assertThat(PyFormat.json(root)).isEqualTo("""
                {
                 "a": {
                  "p": 0.5,
                  "n": 3,
                  "missed": [
                   "zo\\u00eb",
                   "\\ud83c\\udf89\\"\\\\"
                  ],
                  "spurious": []
                 },
                 "b": {}
                }""");
    }
}
