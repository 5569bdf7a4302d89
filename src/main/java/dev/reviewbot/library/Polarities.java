package dev.reviewbot.library;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The polarity of each sentence of a passage, in order, from criticism (-1) to praise (+1); NaN where a
 * sentence has none. Empty for passages stored before polarity was scored or without a polarity model.
 */
public record Polarities(List<Double> values) {

    public static final Polarities NONE = new Polarities(List.of());

    public Polarities {
        values = List.copyOf(values);
    }

    /** Parses the stored form: scores separated by spaces ("0.812 -0.334"). */
    public static Polarities parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        return new Polarities(Arrays.stream(stored.strip().split(" ")).map(Double::valueOf).toList());
    }

    /** The stored form; three decimals are more than the model's accuracy. */
    public String encoded() {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).collect(Collectors.joining(" "));
    }

    public boolean isEmpty() {
        return values.isEmpty() || values.stream().allMatch(v -> v.isNaN());
    }

    /** The score of the i-th sentence, NaN when there is none. */
    public double of(int sentence) {
        return sentence < values.size() ? values.get(sentence) : Double.NaN;
    }

    /** The mean over the scored sentences, empty when none is scored. */
    public OptionalDouble mean() {
        return values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).average();
    }
}
