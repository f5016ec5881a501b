package dev.talkmine.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Sizes ({@code 20MB}) and durations ({@code 120s}) as the options take them. */
final class Units {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(B|KB|K|KIB|MB|M|MIB|GB|G|GIB)?");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(MS|S|M|MIN|H)?");

    private Units() {
    }

    /**
     * Bytes in a size: a number with an optional unit B, KB, MB or GB (binary: 1 KB = 1024 B;
     * KiB, MiB, GiB, K, M, G are the same), case-insensitive; a bare number is bytes.
     *
     * @throws IllegalArgumentException for anything else, or a size of 0
     */
    static long parseSize(String s) {
        Matcher m = SIZE.matcher(s.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + s + "' is not a size; use e.g. 20MB, 512KB or 1GB");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2);
        int shift = switch (unit.charAt(0)) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            default -> 0;
        };
        if (n == 0 || n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("'" + s + "' is out of range; use a positive size such as 20MB");
        }
        return n << shift;
    }

    /**
     * A duration: a number with an optional unit ms, s, m (or min) or h, case-insensitive; a
     * bare number is seconds; {@code 0} means no limit.
     *
     * @throws IllegalArgumentException for anything else
     */
    static Duration parseDuration(String s) {
        Matcher m = DURATION.matcher(s.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + s + "' is not a duration; use e.g. 120s, 5m, 1h, 500ms, or 0 for no limit");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "S" : m.group(2);
        return switch (unit) {
            case "MS" -> Duration.ofMillis(n);
            case "M", "MIN" -> Duration.ofMinutes(n);
            case "H" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** picocli converter for {@link #parseSize}. */
    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return parseSize(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** picocli converter for {@link #parseDuration}. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return parseDuration(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
