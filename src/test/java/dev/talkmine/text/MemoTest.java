package dev.talkmine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
    @Test
    void answersEachDistinctArgumentOnceUntilTheLimit() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String, Integer> length = new Memo<>(s -> {
            calls.incrementAndGet();
            return s.length();
        }, 2);
        assertThat(length.apply("talk")).isEqualTo(4);
        assertThat(length.apply("talk")).isEqualTo(4);
        assertThat(length.apply("keynote")).isEqualTo(7);
        assertThat(calls).hasValue(2);
        assertThat(length.apply("panel")).isEqualTo(5); // past the limit: forgets, then keeps "panel"
        assertThat(length.apply("talk")).isEqualTo(4);
        assertThat(calls).hasValue(4);
    }

    @Test
    void passesNullThroughWithoutKeepingIt() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String, String> f = new Memo<>(s -> {
            calls.incrementAndGet();
            return s == null ? null : s.strip();
        }, 10);
        assertThat(f.apply(null)).isNull();
        assertThat(f.apply(null)).isNull();
        assertThat(calls).hasValue(2);
    }
}
