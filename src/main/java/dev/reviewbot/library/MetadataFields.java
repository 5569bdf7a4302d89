package dev.reviewbot.library;

import dev.langchain4j.data.document.Metadata;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;

/**
 * How a LangChain4j {@link Metadata} lives in a Lucene document. Each entry is stored with its type (read
 * back exactly) and indexed for filtering in one of three fields by kind of value: strings and UUIDs as
 * exact terms, integers and longs as long points, floats and doubles as double points. The prefixes keep
 * metadata keys apart from the store's own fields, so a key may be called "id" or "text".
 */
final class MetadataFields {

    /** Stored value, any type but UUID (Lucene keeps int, long, float, double and string apart). */
    private static final String STORED = "m:";
    private static final String STORED_UUID = "u:";
    static final String TERMS = "s:";
    static final String INTEGRAL = "i:";
    static final String FLOATING = "d:";

    private MetadataFields() {
    }

    static void add(Document doc, Metadata metadata) {
        metadata.toMap().forEach((key, value) -> {
            if (value instanceof String text) {
                doc.add(new StoredField(STORED + key, text));
                doc.add(new StringField(TERMS + key, text, Field.Store.NO));
            } else if (value instanceof UUID uuid) {
                doc.add(new StoredField(STORED_UUID + key, uuid.toString()));
                doc.add(new StringField(TERMS + key, uuid.toString(), Field.Store.NO));
            } else if (value instanceof Integer number) {
                doc.add(new StoredField(STORED + key, number));
                doc.add(new LongPoint(INTEGRAL + key, number));
            } else if (value instanceof Long number) {
                doc.add(new StoredField(STORED + key, number));
                doc.add(new LongPoint(INTEGRAL + key, number));
            } else if (value instanceof Float number) {
                doc.add(new StoredField(STORED + key, number));
                doc.add(new DoublePoint(FLOATING + key, asDouble(number)));
            } else if (value instanceof Double number) {
                doc.add(new StoredField(STORED + key, number));
                doc.add(new DoublePoint(FLOATING + key, number));
            } else {
                throw new IllegalArgumentException("metadata '" + key + "' has an unsupported type: "
                        + value.getClass().getName());
            }
        });
    }

    /** The metadata stored in a document, each value with the type it was added with. */
    static Metadata read(Document doc) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (IndexableField field : doc.getFields()) {
            String name = field.name();
            if (name.startsWith(STORED)) {
                Number number = field.numericValue();
                values.put(name.substring(STORED.length()), number != null ? number : field.stringValue());
            } else if (name.startsWith(STORED_UUID)) {
                values.put(name.substring(STORED_UUID.length()), UUID.fromString(field.stringValue()));
            }
        }
        return Metadata.from(values);
    }

    /**
     * A number as the double it is indexed as. A float goes through its decimal form (1.23f is 1.23), as
     * LangChain4j compares numbers as decimals; that keeps the order of floats and matches equal doubles.
     */
    static double asDouble(Number number) {
        return number instanceof Float f ? Double.parseDouble(Float.toString(f)) : number.doubleValue();
    }
}
