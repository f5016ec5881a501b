package dev.talkmine.testing;

import dev.talkmine.Talkmine;
import dev.talkmine.doc.Report;
import dev.talkmine.entity.EntityStage;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.ModelFiles;
import dev.talkmine.learn.Models;
import dev.talkmine.ner.Gazetteer;
import dev.talkmine.ner.WordList;
import dev.talkmine.pipeline.Pipeline;
import dev.talkmine.pipeline.Stage;
import dev.talkmine.segment.TalkSegmenter;
import dev.talkmine.structure.StructureStage;
import dev.talkmine.talk.TalkAttributeStage;
import java.io.ByteArrayInputStream;

/**
 * The committed lexicon and learned models (from {@code models/}), loaded once, and the learned
 * stages built on them, for tests that check what the trained decisions do with hand-built reports.
 */
public final class Learned {
    public static final Lexicon LEXICON = Lexicon.load(ModelFiles.in(null));
    public static final Models MODELS = Models.load(ModelFiles.in(null), Talkmine.MODELS);
    /** The committed list of ordinary English words. */
    public static final WordList WORDS = WordList.parse(new ByteArrayInputStream(ModelFiles.in(null).read("english-words.txt")),
            "english-words.txt");
    /** The committed gazetteers. */
    public static final Gazetteer GAZETTEER = gazetteer("technologies.tsv").plus(gazetteer("organizations.tsv"));
    /** The entity stage as the pipeline builds it. */
    public static final EntityStage ENTITIES = new EntityStage(WORDS, LEXICON, GAZETTEER);
    private static final StructureStage STRUCTURE = new StructureStage(LEXICON);
    private static final TalkSegmenter SEGMENTER = new TalkSegmenter(MODELS.get(TalkSegmenter.MODEL), LEXICON);
    private static final TalkAttributeStage ATTRIBUTES = new TalkAttributeStage(MODELS, LEXICON);

    private Learned() {
    }

    private static Gazetteer gazetteer(String file) {
        return Gazetteer.parse(new ByteArrayInputStream(ModelFiles.in(null).read(file)), file);
    }

    /** The report with its structure layer and passages. */
    public static Report segmented(Report withEntities) {
        return run(withEntities, STRUCTURE, SEGMENTER);
    }

    /** The report with passages and talks. */
    public static Report talks(Report withEntities) {
        return run(withEntities, STRUCTURE, SEGMENTER, ATTRIBUTES);
    }

    /** Runs the stages as the pipeline does, each held to its declared layers. */
    private static Report run(Report in, Stage... stages) {
        Pipeline.Builder pipeline = Pipeline.builder().given(in.layers());
        for (Stage s : stages) {
            pipeline.add(s);
        }
        Report out = pipeline.build().process(in, stage -> { });
        ReportInvariants.check(out);
        return out;
    }
}
