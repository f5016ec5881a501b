package dev.talkmine.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A pure function that remembers its answers, for work repeated per distinct word rather than per
 * occurrence. Thread-safe; forgets everything at once past {@code limit} arguments, so a long batch
 * of reports with ever new words keeps its memory bounded. Null arguments and answers are not kept.
 *
 * @param <K> the argument
 * @param <V> the answer
 */
public final class Memo<K, V> implements Function<K, V> {
    private final Function<K, V> function;
    private final int limit;
    private final Map<K, V> known = new ConcurrentHashMap<>();

    public Memo(Function<K, V> function, int limit) {
        this.function = function;
        this.limit = limit;
    }

    @Override
    public V apply(K key) {
        if (key == null) {
            return function.apply(null);
        }
        V answer = known.get(key);
        if (answer == null) {
            answer = function.apply(key);
            if (answer != null) {
                if (known.size() >= limit) {
                    known.clear();
                }
                known.put(key, answer);
            }
        }
        return answer;
    }
}
