/**
 * Helpers shared by talkmine's own packages. Not API: public only so that other talkmine packages
 * can use them; anything here may change or go without notice (jsoup's {@code internal} rule).
 *
 * <p><b>Internal.</b> Not part of the API: its public types are public only for talkmine's own
 * packages and may change without notice. Library users start at {@link dev.talkmine.Talkmine}.
 */
package dev.talkmine.internal;
