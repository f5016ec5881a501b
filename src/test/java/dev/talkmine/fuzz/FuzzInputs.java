package dev.talkmine.fuzz;

import dev.talkmine.doc.InputFormat;
import dev.talkmine.testing.SyntheticReports;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Random and mutated reports for the fuzz test: a synthetic report in plain text, Markdown or
 * HTML, then text mutations (odd characters, markup noise, deletions, duplications, long runs,
 * line-end changes), an encoding (UTF-8 with or without BOM, UTF-16 with BOM) and sometimes byte
 * mutations. Each case depends only on its seed, so a failure is reproduced from its seed.
 */
final class FuzzInputs {
    /** One generated input. */
    record Case(long seed, InputFormat format, byte[] bytes) {
        String fileName() {
            return "fuzz-" + Long.toUnsignedString(seed, 36) + "." + format.id();
        }
    }

    static final List<String> ODD = List.of("\uD83C\uDF89", "\uD83D\uDC69\u200D\uD83D\uDCBB", "\uD835\uDD07", "\uD83E\uDD80",
            "\u200B", "\u200C", "\u200D", "\uFEFF", "\u00AD", "\u202E", "\u202C", "\u200F", "\u05E9\u05DC\u05D5\u05DD",
            "\u0645\u0631\u062D\u0628\u0627", "\u0301", "e\u0301", "\u00A0", "\u2028", "\u2029", "\u0085", "\u0001", "\u0007",
            "\u001B[0m", "\u007F", "\t", "\r", "\r\n", "\n", "\n\n", "\u201C", "\u201D", "\u2019", "\"", "'", "\u2014", "\u2026",
            "\uD800", "\uDC00", "\uFFFD", "\uFFFF", "\u65E5\u672C\u8A9E", "\u00C9milie \u00D6zt\u00FCrk", "O'Brien",
            "Jean-Luc", "van der Berg", "@handle", "#tag", "https://example.org/a_(b)", "C++", "C#", ".NET", "Node.js",
            "v1.2.3", "2024", "PEP 484", "k8s", "i18n", "a.b.c", "=SUM(A1)", "+1", "-x", "\\", "/", "<", ">", "&", "&amp;",
            "&#x1F600;", "&lt;b&gt;", "*", "_", "`", "~~", "|", "[", "]", "(", ")", "{", "}");
    static final List<String> MARKUP = List.of("<script>var a='Jonas Berg gave a talk';</script>", "<style>p{x:y}</style>",
            "<b>", "</b>", "<i", "<p>", "</div>", "<br>", "<!--", "-->", "<![CDATA[", "<h2>", "</h2>", "<li>", "<ul>", "<table><tr><td>",
            "\n```\n", "\n```python\n", "\n    code line\n", "\n# ", "\n## ", "\n- ", "\n* ", "\n1. ", "\n> ", "**", "__",
            "\n| a | b |\n|---|---|\n| c | d |\n", "[link](http://x)", "![img](y.png)", "\n---\n", "\\*", "<http://z>");

    private FuzzInputs() {
    }

    static Case generate(long seed) {
        Random r = new Random(seed);
        InputFormat format = switch (r.nextInt(10)) {
            case 0, 1 -> InputFormat.MD;
            case 2, 3 -> InputFormat.HTML;
            default -> InputFormat.TXT;
        };
        StringBuilder sb = new StringBuilder(base(r, format));
        int mutations = r.nextInt(7);
        for (int i = 0; i < mutations; i++) {
            mutate(r, sb);
        }
        byte[] bytes = encode(r, sb.toString());
        if (r.nextInt(12) == 0) {
            bytes = mutateBytes(r, bytes);
        }
        return new Case(seed, format, bytes);
    }

    private static String base(Random r, InputFormat format) {
        String plain = r.nextInt(15) == 0 ? "" : SyntheticReports.report(r, 1 + r.nextInt(6));
        return switch (format) {
            case TXT -> plain;
            case MD -> plain.replaceAll("(?m)^Other talks I saw:", "## Other talks").replaceAll("\"([^\"]{3,60})\"", "*$1*");
            case HTML -> "<html><body>" + plain.replaceAll("(?m)^## (.*)$", "<h2>$1</h2>")
                    .replaceAll("(?m)^- (.*)$", "<li>$1</li>").replaceAll("\n\n", "\n<p>") + "</body></html>";
        };
    }

    private static void mutate(Random r, StringBuilder sb) {
        int at = sb.length() == 0 ? 0 : r.nextInt(sb.length() + 1);
        switch (r.nextInt(9)) {
            case 0, 1 -> {
                for (int k = 1 + r.nextInt(4); k > 0; k--) {
                    sb.insert(at, ODD.get(r.nextInt(ODD.size())));
                }
            }
            case 2 -> sb.insert(at, MARKUP.get(r.nextInt(MARKUP.size())));
            case 3 -> {
                int end = Math.min(sb.length(), at + r.nextInt(200));
                sb.delete(at, end);
            }
            case 4 -> {
                int end = Math.min(sb.length(), at + r.nextInt(300));
                sb.insert(end, sb.substring(at, end));
            }
            case 5 -> {
                // a long run: a word without spaces, a sentence without full stops, or a line without breaks
                String unit = switch (r.nextInt(3)) {
                    case 0 -> "x";
                    case 1 -> "Kafka and Jonas Berg with Redis ";
                    default -> SyntheticReports.talkParagraph(r).replace('.', ',') + " ";
                };
                sb.insert(at, unit.repeat(1 + r.nextInt(Math.max(1, 4000 / unit.length()))));
            }
            case 6 -> {
                String s = switch (r.nextInt(3)) {
                    case 0 -> sb.toString().replace("\n", "\r\n");
                    case 1 -> sb.toString().replace("\n", "\r");
                    default -> sb.toString().replace("\n", "");
                };
                sb.setLength(0);
                sb.append(s);
            }
            case 7 -> sb.insert(at, SyntheticReports.talkParagraph(r) + (r.nextBoolean() ? "\n\n" : " "));
            default -> {
                // a name, a title or a technology cut in the middle
                String s = SyntheticReports.person(r) + " \"" + SyntheticReports.title(r) + "\"";
                sb.insert(at, s.substring(0, 1 + r.nextInt(s.length() - 1)));
            }
        }
    }

    private static byte[] encode(Random r, String s) {
        return switch (r.nextInt(12)) {
            case 0 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, s.getBytes(StandardCharsets.UTF_8));
            case 1 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE));
            case 2 -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, s.getBytes(StandardCharsets.UTF_16BE));
            default -> s.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] mutateBytes(Random r, byte[] b) {
        if (b.length == 0) {
            return new byte[] {(byte) r.nextInt(256)};
        }
        byte[] out = b.clone();
        switch (r.nextInt(4)) {
            case 0 -> out[r.nextInt(out.length)] = (byte) r.nextInt(256);
            case 1 -> out[r.nextInt(out.length)] = 0;
            case 2 -> out = java.util.Arrays.copyOf(out, r.nextInt(out.length));
            default -> {
                for (int k = 0; k < 1 + r.nextInt(8); k++) {
                    out[r.nextInt(out.length)] = (byte) (0x80 + r.nextInt(0x80));
                }
            }
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
