package dev.reviewbot.database;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A vector as the database keeps it: float32, little-endian (1,536 bytes for 384 dimensions). */
final class Vectors {

    private Vectors() {
    }

    static byte[] toBytes(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        return bytes.array();
    }

    static float[] fromBytes(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
