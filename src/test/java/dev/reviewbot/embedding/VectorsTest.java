package dev.reviewbot.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void unit_scalesToLengthOne_keepingTheDirection() {
        float[] unit = Vectors.unit(new float[] {3, 4});
        assertThat(unit[0]).isCloseTo(0.6f, within(1e-6f));
        assertThat(unit[1]).isCloseTo(0.8f, within(1e-6f));
    }

    @Test
    void unit_ofZero_staysZero() {
        assertThat(Vectors.unit(new float[] {0, 0})).containsExactly(0f, 0f);
    }

    @Test
    void dot_ofUnitVectors_isTheirCosine() {
        assertThat(Vectors.dot(Vectors.unit(new float[] {1, 0}), Vectors.unit(new float[] {1, 1})))
                .isCloseTo(Math.sqrt(0.5), within(1e-6));
        assertThat(Vectors.dot(new float[] {1, 2, 3}, new float[] {4, -5, 6})).isEqualTo(12.0);
    }
}
