/** Text utilities shared by parsing, retrieval and answering: cleaning, sentences, typo tolerance. */
package dev.reviewbot.text;
