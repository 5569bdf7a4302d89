/** Answer quality measurement: {@link dev.reviewbot.eval.Evaluator} scores an eval set (film@1, section@1, facts, refusals). */
package dev.reviewbot.eval;
