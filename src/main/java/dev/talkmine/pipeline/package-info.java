/**
 * Stages and the pipeline that runs them: it checks their order when built, holds each stage to
 * the layers it declares as it runs, and times each stage.
 *
 * <p><b>API.</b> Public and kept stable: the stage contract and the pipeline, for a caller who adds a stage of their own.
 */
package dev.talkmine.pipeline;
