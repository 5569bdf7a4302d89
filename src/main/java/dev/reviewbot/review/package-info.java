/**
 * Review files and what they hold. Entry point: {@link dev.reviewbot.review.ReviewParser}, which turns
 * plain-text or Markdown bytes into a {@link dev.reviewbot.review.Review} of ordered sections, or fails
 * with a {@link dev.reviewbot.review.ReviewFormatException} naming the file.
 */
package dev.reviewbot.review;
