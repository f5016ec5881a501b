/** Stages and the pipeline that checks their order. */
package dev.talkmine.pipeline;
