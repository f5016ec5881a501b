package dev.talkmine.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bar charts as plain HTML: an ordered list of label, bar and count per chart. The bar width is
 * one of the classes {@code w1 ... w100} (percent of the chart's largest value), defined in the
 * page's stylesheet, so the page needs no style attributes and no images.
 */
final class Bars {

    private Bars() {
    }

    /** The {@code n} largest entries, by count descending, then name ({@link String#compareTo}). */
    static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int n) {
        List<Map.Entry<String, Integer>> all = new ArrayList<>(counts.entrySet());
        all.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        return all.size() <= n ? all : List.copyOf(all.subList(0, n));
    }

    /** Width class (1-100) of {@code value} in a chart whose largest value is {@code max}. */
    static int width(int value, int max) {
        if (max <= 0 || value <= 0) {
            return 1;
        }
        return Math.max(1, Math.min(100, (int) Math.round(100.0 * value / max)));
    }

    /**
     * One chart.
     *
     * @param caption  chart title (trusted text, not escaped)
     * @param css      colour class ({@code c-tech}, ...)
     * @param unit     what the numbers count (trusted), e.g. {@code mentions}
     * @param counts   all values; the chart shows the {@code n} largest
     * @param n        how many bars at most
     */
    static void chart(StringBuilder out, String caption, String css, String unit, Map<String, Integer> counts, int n) {
        List<Map.Entry<String, Integer>> top = top(counts, n);
        out.append("<figure class=\"").append(css).append("\"><figcaption>").append(caption)
                .append(" <span class=\"meta\">(").append(unit);
        if (counts.size() > top.size()) {
            out.append("; top ").append(top.size()).append(" of ").append(counts.size());
        }
        out.append(")</span></figcaption>");
        if (top.isEmpty()) {
            out.append("<p class=\"note\">none found</p></figure>\n");
            return;
        }
        int max = top.get(0).getValue();
        out.append("<ol class=\"bars\">");
        for (Map.Entry<String, Integer> e : top) {
            String label = Html.escape(e.getKey());
            out.append("<li><span");
            if (e.getKey().length() > 22) {
                out.append(" title=\"").append(label).append('"');
            }
            // spaces between the spans: grid layout ignores them, screen readers and copying need them
            out.append('>').append(label).append("</span> <span class=\"bar w")
                    .append(width(e.getValue(), max)).append("\"></span> <span>").append(e.getValue()).append("</span></li>");
        }
        out.append("</ol></figure>\n");
    }

    /** The {@code .w1 ... .w100} width rules. */
    static String widthRules() {
        StringBuilder sb = new StringBuilder("\n/* bar widths, generated */\n");
        for (int i = 1; i <= 100; i++) {
            sb.append(".w").append(i).append("{width:").append(i).append("%}");
            sb.append(i % 10 == 0 ? "\n" : "");
        }
        return sb.toString();
    }
}
