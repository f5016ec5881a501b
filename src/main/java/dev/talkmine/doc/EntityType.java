package dev.talkmine.doc;

/** The entity types talkmine recognises. */
public enum EntityType {
    PERSON, ORGANIZATION, TECHNOLOGY, LOCATION
}
