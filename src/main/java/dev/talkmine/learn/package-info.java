/**
 * Learned decisions: a maximum-entropy classifier over string features, trained by OpenNLP, and
 * the feature builder every learned stage uses. Internal: stages own their features and models.
 *
 * <p><b>Internal.</b> Not part of the API: its public types are public only for talkmine's own
 * packages and may change without notice. Library users start at {@link dev.talkmine.Talkmine}.
 */
package dev.talkmine.learn;
