package dev.talkmine.ner;

import dev.talkmine.ModelException;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of named entries loaded from TSV files. Later files override earlier ones by canonical
 * name, so a user's file can retype or recategorise a built-in entry. Immutable and thread-safe.
 *
 * <p>File format: UTF-8, tab-separated, {@code #} comment lines and blank lines ignored, a header
 * line {@code name	type	category	aliases	ambiguous}, then one entry per line:
 * <ul>
 *   <li>{@code name}: canonical name, required;</li>
 *   <li>{@code type}: {@code TECHNOLOGY}, {@code ORGANIZATION} or {@code PERSON};</li>
 *   <li>{@code category}: for technologies one of {@value #CATEGORY_LIST}; may be empty;</li>
 *   <li>{@code aliases}: other surface forms separated by {@code |}; may be empty;</li>
 *   <li>{@code ambiguous}: {@code yes} when the name needs context to count (an ordinary word or
 *       a surname), else {@code no} or empty.</li>
 * </ul>
 * The last two columns may be omitted. A malformed row is a {@link ModelException} naming the file
 * and line.
 */
public final class Gazetteer {
    /** The most words a word made from an organization's name has ("Red Hatter"). */
    public static final int MAX_DEMONYM_WORDS = 2;
    /** The spaces after a word that another word follows. */
    private static final Pattern WORD_END = Pattern.compile("[ \\t]+(?=\\S)");
    static final String CATEGORY_LIST =
            "language, framework, library, database, tool, os, protocol, standard, service, platform, hardware";
    static final Set<String> CATEGORIES = Set.copyOf(Arrays.stream(CATEGORY_LIST.split(",")).map(String::strip).toList());
    private static final String HEADER = "name\ttype\tcategory\taliases\tambiguous";

    private final List<GazetteerEntry> entries;
    private final Map<String, List<GazetteerEntry>> byForm;

    private Gazetteer(Collection<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<GazetteerEntry>> forms = new HashMap<>();
        for (GazetteerEntry e : this.entries) {
            for (String f : e.forms()) {
                forms.computeIfAbsent(key(f), k -> new ArrayList<>()).add(e);
            }
        }
        forms.replaceAll((k, v) -> List.copyOf(v));
        this.byForm = Map.copyOf(forms);
    }

    /** An empty gazetteer. */
    public static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    /** Entries in file order. */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** Entries that have {@code form} as name or alias, compared case-insensitively. */
    public List<GazetteerEntry> lookup(String form) {
        return byForm.getOrDefault(key(form), List.of());
    }

    /** The entry of the given type whose name or alias is {@code form}, if any. */
    public Optional<GazetteerEntry> lookup(String form, EntityType type) {
        return lookup(form).stream().filter(e -> e.type() == type).findFirst();
    }

    static String key(String form) {
        return form.toLowerCase(Locale.ROOT);
    }

    /**
     * The unambiguous organization whose name {@code written} is made from by a suffix, as an alias
     * lists it ("Red Hatter" of Red Hat, "Googler" of Google; {@link Mention#madeFromName}), if any.
     */
    public Optional<GazetteerEntry> organizationMadeFrom(String written) {
        return lookup(written).stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION && !e.ambiguous() && Mention.madeFromName(written, e.name()))
                .findFirst();
    }

    /**
     * Where a word made from an organization's name ({@link #organizationMadeFrom}), of at most {@link
     * #MAX_DEMONYM_WORDS} words, ends when it opens {@code span} and more words follow it on the line
     * ("Red Hatter Jane Doe"); 0 when the span opens otherwise.
     */
    public int demonymEnd(String span) {
        Matcher w = WORD_END.matcher(span);
        for (int words = 1; words <= MAX_DEMONYM_WORDS && w.find(); words++) {
            if (organizationMadeFrom(span.substring(0, w.start())).isPresent()) {
                return w.start();
            }
        }
        return 0;
    }

    /** A gazetteer of these entries followed by {@code more}; later entries replace earlier ones with the same name and type. */
    public Gazetteer plus(Gazetteer more) {
        Map<String, GazetteerEntry> merged = new LinkedHashMap<>();
        for (GazetteerEntry e : entries) {
            merged.put(e.type() + "\t" + key(e.name()), e);
        }
        for (GazetteerEntry e : more.entries) {
            merged.put(e.type() + "\t" + key(e.name()), e);
        }
        return new Gazetteer(merged.values());
    }

    /**
     * Loads a gazetteer file.
     *
     * @throws ModelException when the file cannot be read or a row is malformed
     */
    public static Gazetteer load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new ModelException("gazetteer " + file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Parses a gazetteer from a stream.
     *
     * @param origin the file name used in error messages
     * @throws ModelException when a row is malformed
     */
    public static Gazetteer parse(InputStream in, String origin) {
        List<GazetteerEntry> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            boolean header = false;
            while ((line = r.readLine()) != null) {
                no++;
                if (no == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    if (!line.strip().startsWith("name\ttype")) {
                        throw new ModelException(origin + ":" + no + ": expected the header line '"
                                + HEADER.replace("\t", "<TAB>") + "'");
                    }
                    header = true;
                    continue;
                }
                out.add(row(line, origin, no));
            }
        } catch (IOException e) {
            throw new ModelException("gazetteer " + origin + ": cannot read: " + e.getMessage(), e);
        }
        return new Gazetteer(List.<GazetteerEntry>of()).plus(new Gazetteer(out));
    }

    private static GazetteerEntry row(String line, String origin, int no) {
        String[] cols = line.split("\t", -1);
        String where = origin + ":" + no;
        if (cols.length < 2 || cols.length > 5) {
            throw new ModelException(where + ": expected 2 to 5 tab-separated columns (" + HEADER.replace("\t", ", ")
                    + "), found " + cols.length);
        }
        String name = cols[0].strip();
        if (name.isEmpty()) {
            throw new ModelException(where + ": empty name");
        }
        EntityType type;
        try {
            type = EntityType.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ModelException(where + ": unknown type '" + cols[1] + "'; use TECHNOLOGY, ORGANIZATION or PERSON");
        }
        if (type == EntityType.LOCATION) {
            throw new ModelException(where + ": type LOCATION is not supported in gazetteers");
        }
        String category = cols.length > 2 && !cols[2].isBlank() ? cols[2].strip().toLowerCase(Locale.ROOT) : null;
        if (category != null && !CATEGORIES.contains(category)) {
            throw new ModelException(where + ": unknown category '" + category + "'; use one of " + CATEGORY_LIST);
        }
        List<String> aliases = new ArrayList<>();
        if (cols.length > 3) {
            for (String a : cols[3].split("\\|")) {
                if (!a.isBlank() && !a.strip().equalsIgnoreCase(name)) {
                    aliases.add(a.strip());
                }
            }
        }
        boolean ambiguous = false;
        if (cols.length > 4) {
            String a = cols[4].strip().toLowerCase(Locale.ROOT);
            if (!a.isEmpty() && !a.equals("yes") && !a.equals("no")) {
                throw new ModelException(where + ": ambiguous must be 'yes' or 'no', found '" + cols[4] + "'");
            }
            ambiguous = a.equals("yes");
        }
        return new GazetteerEntry(name, type, type == EntityType.TECHNOLOGY ? category : null, aliases, ambiguous, where);
    }
}
