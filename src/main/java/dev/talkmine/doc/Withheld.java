package dev.talkmine.doc;

import java.util.AbstractList;

/**
 * The list of a layer that a stage does not require, as its view of the report holds it
 * ({@link Report#readableOnly}): any use fails, so that a stage reading a layer it did not
 * declare fails at once instead of depending on it unseen. Identity is all it keeps.
 */
final class Withheld<T> extends AbstractList<T> {
    private final Layer layer;

    Withheld(Layer layer) {
        this.layer = layer;
    }

    @Override
    public T get(int index) {
        throw unread();
    }

    @Override
    public int size() {
        throw unread();
    }

    IllegalStateException unread() {
        return new IllegalStateException("read layer " + layer + ", which this stage does not require; add it to requires()");
    }
}
