package dev.talkmine.doc;

import java.util.List;
import java.util.Objects;

/**
 * A speaker of a talk with the organizations the report states for them.
 *
 * @param name          full canonical name
 * @param organizations canonical organization names, in order of mention
 */
public record Speaker(String name, List<String> organizations) {
    public Speaker {
        Objects.requireNonNull(name, "name");
        organizations = List.copyOf(organizations);
    }
}
