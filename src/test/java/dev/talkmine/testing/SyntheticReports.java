package dev.talkmine.testing;

import java.util.List;
import java.util.Random;

/**
 * Conference reports made up from a seed: headings, talk paragraphs with speakers, affiliations,
 * quoted titles and technologies, lists of talks and non-talk notes. Written for talkmine's
 * robustness tests; no corpus text is copied.
 */
public final class SyntheticReports {
    static final List<String> FIRST = List.of("Maria", "Jonas", "Aiko", "Samir", "Lena", "Tomás", "Priya", "Olu",
            "Greta", "Wei", "Fatima", "Niels", "Chloé", "Dmitri", "Amara", "Kofi");
    static final List<String> LAST = List.of("Lopez", "Berg", "Tanaka", "Haddad", "Fischer", "Novák", "Raman",
            "Adeyemi", "Lind", "Zhang", "Rahimi", "Jensen", "Moreau", "Volkov", "Okafor", "Mensah");
    static final List<String> ORGS = List.of("Initech", "Globex", "Red Hat", "Mozilla", "Stripe", "Umbrella Labs",
            "Shopify", "Cloudflare");
    static final List<String> TECH = List.of("Rust", "PostgreSQL", "Kafka", "Kubernetes", "Python", "Redis",
            "WebAssembly", "Django", "React", "TypeScript", "Elasticsearch", "GraphQL");
    static final List<String> TOPICS = List.of("Shipping %s to production", "What %s taught us about latency",
            "Scaling %s without tears", "A decade of %s", "Testing %s at the edge", "Debugging %s in anger");
    static final List<String> KINDS = List.of("talk", "keynote", "workshop", "lightning talk", "tutorial");
    static final List<String> FILLER = List.of("The room was packed.", "Slides are online.",
            "There were many good questions afterwards.", "I took a lot of notes.",
            "The demo worked on the first try, which impressed everyone.", "Coffee was excellent.");

    private SyntheticReports() {
    }

    static <T> T pick(Random r, List<T> l) {
        return l.get(r.nextInt(l.size()));
    }

    /** A person's name. */
    public static String person(Random r) {
        return pick(r, FIRST) + " " + pick(r, LAST);
    }

    /** A talk title. */
    public static String title(Random r) {
        return String.format(pick(r, TOPICS), pick(r, TECH));
    }

    /** One paragraph introducing a talk. */
    public static String talkParagraph(Random r) {
        String who = person(r);
        String kind = pick(r, KINDS);
        StringBuilder sb = new StringBuilder();
        switch (r.nextInt(3)) {
            case 0 -> sb.append(who).append(" from ").append(pick(r, ORGS)).append(" gave a ").append(kind)
                    .append(" \"").append(title(r)).append(".\" ");
            case 1 -> sb.append("Next was the ").append(kind).append(" by ").append(who).append(" (").append(pick(r, ORGS))
                    .append(") about ").append(pick(r, TECH)).append(". ");
            default -> sb.append(who).append(" presented \"").append(title(r)).append("\". ");
        }
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(switch (r.nextInt(4)) {
                case 0 -> "They showed how " + pick(r, TECH) + " and " + pick(r, TECH) + " fit together. ";
                case 1 -> who.split(" ")[0] + " explained the trade-offs of " + pick(r, TECH) + ". ";
                case 2 -> pick(r, FILLER) + " ";
                default -> "The main point: use " + pick(r, TECH) + " where it helps. ";
            });
        }
        return sb.toString().strip();
    }

    /** A whole report in plain text with {@code talks} talks. */
    public static String report(Random r, int talks) {
        StringBuilder sb = new StringBuilder("Notes from DevConf ").append(2010 + r.nextInt(15)).append("\n\n");
        sb.append("I went to the conference this year and here is what I saw. ").append(pick(r, FILLER)).append("\n\n");
        for (int i = 0; i < talks; i++) {
            if (r.nextInt(4) == 0) {
                sb.append("## ").append(title(r)).append("\n\n");
            }
            sb.append(talkParagraph(r)).append("\n\n");
            if (r.nextInt(5) == 0) {
                sb.append("Lunch was served in the hall. ").append(pick(r, FILLER)).append("\n\n");
            }
        }
        if (r.nextBoolean()) {
            sb.append("Other talks I saw:\n\n");
            for (int i = 0; i < 1 + r.nextInt(3); i++) {
                sb.append("- *").append(title(r)).append("* by ").append(person(r)).append('\n');
            }
        }
        return sb.toString();
    }
}
