/**
 * Text utilities shared by parsing, retrieval and answering: cleaning, sentences, typo tolerance, and
 * {@link dev.reviewbot.text.DisplayText}, which makes untrusted text safe to show on a terminal or in a chat
 * (no escape sequences, control or invisible characters).
 */
package dev.reviewbot.text;
