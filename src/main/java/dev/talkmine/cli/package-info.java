/** The picocli command line: a thin adapter over the library. Library code never imports this package. */
package dev.talkmine.cli;
