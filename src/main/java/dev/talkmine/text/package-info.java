/** Sentence and token boundaries (OpenNLP). */
package dev.talkmine.text;
