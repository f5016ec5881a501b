/** Canonical entities: mentions grouped under one name each, with the reason for every merge. */
package dev.talkmine.entity;
