package dev.talkmine.learn;

import dev.talkmine.ModelException;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The learned classifiers of a pipeline, by model file name ({@code learned/talk-start.model}).
 * Built-in ones are read from {@code models/}; training and cross-validation make their own.
 * Immutable and thread-safe.
 */
public final class Models {
    private final Map<String, Classifier> byName;

    private Models(Map<String, Classifier> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** These classifiers. */
    public static Models of(Map<String, Classifier> byName) {
        return new Models(Objects.requireNonNull(byName, "byName"));
    }

    /**
     * Reads the named model files.
     *
     * @throws ModelException naming the file when one is missing or corrupt
     */
    public static Models load(ModelFiles files, Set<String> names) {
        Map<String, Classifier> out = new LinkedHashMap<>();
        for (String name : names.stream().sorted().toList()) {
            out.put(name, Classifier.read(new ByteArrayInputStream(files.read(name)), files.origin(name)));
        }
        return new Models(out);
    }

    /**
     * The classifier of a model file.
     *
     * @throws ModelException when there is none: the models were not trained
     */
    public Classifier get(String name) {
        Classifier c = byName.get(name);
        if (c == null) {
            throw new ModelException("model " + name + " is missing; train it with 'talkmine train --gold DIR'");
        }
        return c;
    }

    /** The model file names held. */
    public Set<String> names() {
        return byName.keySet();
    }
}
