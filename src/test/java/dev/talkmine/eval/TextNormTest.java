package dev.talkmine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code norm()} and the Python character classes; expected values are what score.py's norm() returns. */
class TextNormTest {

    @ParameterizedTest(name = "norm({0}) = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ~~                    | ~~
            Zoë Ångström          | zoe angstrom
            Django's              | django
            Rust’s                | rust
            Dave's's              | dave
            JS's!                 | js
            it'sy                 | it sy
            joe's_x               | joe s_x
            C'est                 | c est
            O’Brien               | o brien
            “Hello” «World»       | hello world
            C++ & C#              | c++ c#
            Node.js               | node.js
            .NET                  | net
            -- foo --             | foo
            /usr/bin/             | usr/bin
            Acme Corp.            | acme corp
            ﬁle                   | file
            x²                    | x2
            ½                     | 1 2
            ΟΔΟΣ                  | οδος
            Σ.                    | σ
            ΣΑΣ ΣΑΣ               | σας σας
            a‿b                   | a b
            İstanbul              | istanbul
            Straße                | straße
            ǅemal                 | dzemal
            """)
    void normLikePython(String in, String expected) {
        assertThat(TextNorm.norm(in == null ? "" : in)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void normEdgeCases() {
        assertThat(TextNorm.norm(null)).isEmpty();
        assertThat(TextNorm.norm("'s")).isEmpty();
        assertThat(TextNorm.norm("Foo   \t Bar\u00A0Baz\nQux")).isEqualTo("foo bar baz qux");
        assertThat(TextNorm.norm("e\u0301")).isEqualTo("e");
        // U+034F is a mark of combining class 0: Python keeps it, and then \w does not match it
        assertThat(TextNorm.norm("a\u034Fb")).isEqualTo("a b");
        assertThat(TextNorm.norm("x\u200Dy")).isEqualTo("x y");
        // Hangul stays decomposed into jamo, which are word characters
        assertThat(TextNorm.norm("\uD55C")).isEqualTo("\u1112\u1161\u11AB");
        // a non-BMP character that is not a word character is one space, like any other
        assertThat(TextNorm.norm("a\uD83C\uDF89b")).isEqualTo("a b");
        assertThat(TextNorm.norm("\uD840\uDC00")).isEqualTo("\uD840\uDC00");
    }

    @Test
    void pythonWordClass() {
        assertThat(TextNorm.isWord('_')).isTrue();
        assertThat(TextNorm.isWord('\u00B2')).isTrue(); // No
        assertThat(TextNorm.isWord('\u2163')).isTrue(); // Nl
        assertThat(TextNorm.isWord('\u0301')).isFalse(); // Mn: a word character in Java's Unicode \w
        assertThat(TextNorm.isWord('\u203F')).isFalse(); // Pc
        assertThat(TextNorm.isWord('\u200D')).isFalse(); // join control
        assertThat(TextNorm.isWord(0x20000)).isTrue();
    }

    @Test
    void combiningClass() {
        assertThat(TextNorm.isCombining('\u0301')).isTrue();
        assertThat(TextNorm.isCombining('\u0345')).isTrue();
        assertThat(TextNorm.isCombining('\u034F')).isFalse();
        assertThat(TextNorm.isCombining('e')).isFalse();
        assertThat(TextNorm.isCombining(0x1D165)).isTrue(); // Mc with class 216
    }

    @Test
    void splitLikePython() {
        assertThat(TextNorm.splitWords("  a\u00A0b\u3000c\u001Cd\n\te  ")).containsExactly("a", "b", "c", "d", "e");
        assertThat(TextNorm.splitWords(" \t ")).isEmpty();
    }

    @Test
    void codePointOrder() {
        List<String> names = new ArrayList<>(List.of("\uD840\uDC00", "\uFA0E", "b", "ab", "a"));
        names.sort(TextNorm.CODE_POINT_ORDER);
        assertThat(names).containsExactly("a", "ab", "b", "\uFA0E", "\uD840\uDC00");
    }
}
