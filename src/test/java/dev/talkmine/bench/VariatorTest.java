package dev.talkmine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VariatorTest {
    private static final String TEXT = "Roberto Polli gave a talk in 2015. Roberto showed MySQL Fabric 1.5.\n"
            + "Lynn Root spoke next; Lynn's talk had 12 slides.";

    @Test
    void copyZeroIsTheTextItself() {
        assertThat(Variator.vary(TEXT, 0)).isSameAs(TEXT);
    }

    @Test
    void renamesCapitalisedPairsConsistentlyAndShiftsDigits() {
        String v = Variator.vary(TEXT, 1);
        assertThat(v).doesNotContain("Roberto").doesNotContain("Polli").doesNotContain("Lynn").doesNotContain("Root");
        assertThat(v).contains("in 3126.").contains("had 23 slides").contains("MySQL Fabric 2.6.");
        assertThat(v).contains(" gave a talk in ").contains("'s talk had");
        // the lone "Roberto" and "Lynn's" get the same names as in the pairs
        String first = v.substring(0, v.indexOf(' '));
        assertThat(v.split(first, -1)).hasSize(3);
        assertThat(Variator.FIRST).contains(first);
    }

    @Test
    void differentCopiesDifferAndTheSameCopyIsDeterministic() {
        assertThat(Variator.vary(TEXT, 1)).isNotEqualTo(Variator.vary(TEXT, 2));
        assertThat(Variator.vary(TEXT, 3)).isEqualTo(Variator.vary(TEXT, 3));
    }

    @Test
    void keepsTextWithoutNamesOrDigitsAsItIs() {
        assertThat(Variator.vary("nothing to see here.", 4)).isEqualTo("nothing to see here.");
    }

    @Test
    void rejectsNegativeCopyNumbers() {
        assertThatThrownBy(() -> Variator.vary(TEXT, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
