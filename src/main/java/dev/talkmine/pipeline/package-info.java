/**
 * Stages and the pipeline that runs them: it checks their order when built, holds each stage to
 * the layers it declares as it runs, and times each stage.
 */
package dev.talkmine.pipeline;
