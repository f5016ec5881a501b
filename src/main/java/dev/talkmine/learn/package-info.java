/**
 * Learned decisions: a maximum-entropy classifier over string features, trained by OpenNLP, and
 * the feature builder every learned stage uses. Internal: stages own their features and models.
 */
package dev.talkmine.learn;
