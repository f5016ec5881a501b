package dev.talkmine.learn;

import dev.talkmine.ModelException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A trained maximum-entropy classifier over string features (OpenNLP's L-BFGS trainer with an L2
 * prior, which suits our few thousand examples better than GIS). Immutable and thread-safe:
 * {@link #probabilities} allocates its own arrays.
 */
public final class Classifier {
    /** L2 cost: strong enough that a cue seen in one report cannot dominate. */
    static final double L2_COST = Double.parseDouble(System.getProperty("talkmine.l2", "1.0"));
    static final int MAX_ITERATIONS = 300;

    private final MaxentModel model;

    private Classifier(MaxentModel model) {
        this.model = model;
    }

    /**
     * Trains a classifier. Deterministic: the same events in the same order give the same model
     * (one thread, no random initialisation).
     *
     * @throws IllegalArgumentException when there are no events or only one outcome
     */
    public static Classifier train(List<Event> events) {
        return train(events, L2_COST);
    }

    /**
     * Trains a classifier with its own L2 cost (a decision with few, noisy examples may need a
     * stronger prior than the default {@code talkmine.l2}). Deterministic as {@link #train(List)}.
     *
     * @throws IllegalArgumentException when there are no events or only one outcome
     */
    public static Classifier train(List<Event> events, double l2) {
        if (events.isEmpty() || events.stream().map(Event::getOutcome).distinct().count() < 2) {
            throw new IllegalArgumentException("training needs events of at least two outcomes");
        }
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, MAX_ITERATIONS);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put(QNTrainer.L2COST_PARAM, l2);
        p.put(QNTrainer.L1COST_PARAM, Double.parseDouble(System.getProperty("talkmine.l1", "0.0")));
        try {
            return new Classifier(TrainerFactory.getEventTrainer(p, null)
                    .train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException("training from memory cannot fail on I/O", e);
        }
    }

    /**
     * Reads a classifier written by {@link #write}.
     *
     * @param name for error messages (the model file)
     * @throws ModelException when the bytes are not a model
     */
    public static Classifier read(InputStream in, String name) {
        try {
            DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
            return new Classifier(new GenericModelReader(new BinaryFileDataReader(data)).getModel());
        } catch (IOException | RuntimeException e) {
            throw new ModelException(name + ": not a talkmine model (" + e.getMessage() + "); rebuild it with 'talkmine train'", e);
        }
    }

    /** Writes the model, gzipped; the same model always gives the same bytes. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gz);
        new GenericModelWriter((AbstractModel) model, data).persist();
        data.flush();
        gz.finish();
    }

    /** Probability of each outcome, indexed as {@link #outcome(int)}. */
    public double[] probabilities(String[] features) {
        return model.eval(features);
    }

    /** The probability of {@code outcome}, 0 when the model never saw that outcome. */
    public double probability(String outcome, String[] features) {
        int i = model.getIndex(Objects.requireNonNull(outcome, "outcome"));
        return i < 0 ? 0 : model.eval(features)[i];
    }

    /** The most probable outcome. */
    public String best(String[] features) {
        return model.getBestOutcome(model.eval(features));
    }

    /** Outcome {@code i}'s label. */
    public String outcome(int i) {
        return model.getOutcome(i);
    }

    /** Number of outcomes. */
    public int outcomes() {
        return model.getNumOutcomes();
    }
}
