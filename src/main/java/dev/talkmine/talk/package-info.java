/** Talk attributes: title, speakers and their organizations, and kind, each with its evidence. */
package dev.talkmine.talk;
