package dev.talkmine.testing;

import dev.talkmine.Talkmine;
import dev.talkmine.doc.Report;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.ModelFiles;
import dev.talkmine.learn.Models;
import dev.talkmine.segment.TalkSegmenter;
import dev.talkmine.structure.StructureStage;
import dev.talkmine.talk.TalkAttributeStage;

/**
 * The committed lexicon and learned models (from {@code models/}), loaded once, and the learned
 * stages built on them, for tests that check what the trained decisions do with hand-built reports.
 */
public final class Learned {
    public static final Lexicon LEXICON = Lexicon.load(ModelFiles.in(null));
    public static final Models MODELS = Models.load(ModelFiles.in(null), Talkmine.MODELS);
    private static final StructureStage STRUCTURE = new StructureStage(LEXICON);
    private static final TalkSegmenter SEGMENTER = new TalkSegmenter(MODELS.get(TalkSegmenter.MODEL), LEXICON);
    private static final TalkAttributeStage ATTRIBUTES = new TalkAttributeStage(MODELS, LEXICON);

    private Learned() {
    }

    /** The report with its structure layer and passages. */
    public static Report segmented(Report withEntities) {
        Report out = SEGMENTER.process(STRUCTURE.process(withEntities));
        ReportInvariants.check(out);
        return out;
    }

    /** The report with passages and talks. */
    public static Report talks(Report withEntities) {
        Report out = ATTRIBUTES.process(segmented(withEntities));
        ReportInvariants.check(out);
        return out;
    }
}
