package dev.talkmine.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkmine.output.CsvTables.ErrorColumn;
import org.junit.jupiter.api.Test;

class CsvRowTest {

    @Test
    void formulasAreNeutralised() {
        assertThat(CsvRow.neutralise("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CsvRow.neutralise("+1")).isEqualTo("'+1");
        assertThat(CsvRow.neutralise("-x")).isEqualTo("'-x");
        assertThat(CsvRow.neutralise("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvRow.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(CsvRow.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(CsvRow.neutralise("'quoted")).isEqualTo("''quoted"); // keeps the rule reversible
        assertThat(CsvRow.neutralise("a=b")).isEqualTo("a=b");
        assertThat(CsvRow.neutralise("")).isEmpty();
        assertThat(CsvRow.neutralise("0")).isEqualTo("0");
    }

    @Test
    void aColumnLeftUnsetIsAnError() {
        CsvRow<ErrorColumn> row = new CsvRow<>(ErrorColumn.class).set(ErrorColumn.FILE, "f").set(ErrorColumn.REASON, "r");
        assertThatThrownBy(row::toCsv).isInstanceOf(IllegalStateException.class).hasMessage("ErrorColumn.STAGE not set");
    }

    @Test
    void nullIsTheEmptyCell() {
        // an empty first cell is quoted, so the record is not mistaken for an empty line
        assertThat(new CsvRow<>(ErrorColumn.class).set(ErrorColumn.FILE, null).set(ErrorColumn.STAGE, "s")
                .set(ErrorColumn.REASON, "a, \"b\"").toCsv()).isEqualTo("\"\",s,\"a, \"\"b\"\"\"\r\n");
    }
}
