package dev.talkmine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchTest {
    @ParameterizedTest
    @CsvSource({
        // reports, reports a part, parts: at most ten parts, none empty
        "107, 11, 10",
        "100, 10, 10",
        "11, 2, 6",
        "2, 1, 2",
        "1, 1, 1",
    })
    void aThroughputRunIsCutIntoAtMostTenPartsNoneEmpty(int reports, int size, int parts) {
        assertThat(Bench.partSize(reports)).isEqualTo(size);
        assertThat(Bench.parts(reports)).isEqualTo(parts);
    }
}
