/**
 * Helpers shared by talkmine's own packages. Not API: public only so that other talkmine packages
 * can use them; anything here may change or go without notice (jsoup's {@code internal} rule).
 */
package dev.talkmine.internal;
