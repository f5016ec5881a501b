package dev.talkmine.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * The string features of one decision, collected in order ("kind=HEADING", "shape0=PERSON").
 * Conjunctions are explicit ({@link #and}): the classifier is linear, so a cue that matters only
 * in one kind of block has to be paired with that kind. Not thread-safe; one per decision.
 */
public final class Features {
    /**
     * The feature every decision has: its weight is the prior of each outcome. The learned models
     * are trained with this name, so it cannot change without retraining them.
     */
    public static final String BIAS = "bias";

    private final List<String> names = new ArrayList<>();

    /** Adds a feature that is present. */
    public Features add(String name) {
        names.add(name);
        return this;
    }

    /** Adds {@code name=value}. */
    public Features add(String name, Object value) {
        names.add(name + "=" + value);
        return this;
    }

    /** Adds {@code name} when {@code present}. */
    public Features addIf(boolean present, String name) {
        if (present) {
            names.add(name);
        }
        return this;
    }

    /** Adds {@code prefix&f} for every feature {@code f} added so far (a conjunction with all of them). */
    public Features and(String prefix) {
        int n = names.size();
        for (int i = 0; i < n; i++) {
            names.add(prefix + "&" + names.get(i));
        }
        return this;
    }

    /** Adds {@code prefix:f} for every feature of {@code other} (another decision's features, seen from here). */
    public Features addAll(String prefix, Features other) {
        for (String f : other.names) {
            names.add(prefix + ":" + f);
        }
        return this;
    }

    /** The features, with a bias feature that every decision has. */
    public String[] toArray() {
        List<String> all = new ArrayList<>(names.size() + 1);
        all.add(BIAS);
        all.addAll(names);
        return all.toArray(String[]::new);
    }

    /** The features added, without the bias. */
    public List<String> names() {
        return List.copyOf(names);
    }

    /**
     * A numeric value as a coarse bucket ("0", "1", "2", "3-4", "5-8", "9+"), so that a linear model
     * can use counts without assuming they act linearly.
     */
    public static String bucket(int n) {
        if (n <= 2) {
            return Integer.toString(Math.max(n, 0));
        }
        if (n <= 4) {
            return "3-4";
        }
        return n <= 8 ? "5-8" : "9+";
    }

    /** A probability to the tenth below it ("0.3" for 0.37; "0.9" for 1). */
    public static String tenth(double p) {
        return "0." + Math.max(0, Math.min(9, (int) (p * 10)));
    }

    /** A fraction in [0, 1] as "0", "low", "half", "most" or "all". */
    public static String share(int part, int whole) {
        if (whole <= 0 || part <= 0) {
            return "0";
        }
        if (part >= whole) {
            return "all";
        }
        double f = (double) part / whole;
        return f < 0.34 ? "low" : f < 0.67 ? "half" : "most";
    }
}
