package dev.reviewbot.library;

import static dev.reviewbot.library.MetadataFields.FLOATING;
import static dev.reviewbot.library.MetadataFields.INTEGRAL;
import static dev.reviewbot.library.MetadataFields.TERMS;

import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.ContainsString;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsGreaterThan;
import dev.langchain4j.store.embedding.filter.comparison.IsGreaterThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsIn;
import dev.langchain4j.store.embedding.filter.comparison.IsLessThan;
import dev.langchain4j.store.embedding.filter.comparison.IsLessThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsNotEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsNotIn;
import dev.langchain4j.store.embedding.filter.logical.And;
import dev.langchain4j.store.embedding.filter.logical.Not;
import dev.langchain4j.store.embedding.filter.logical.Or;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Every LangChain4j metadata {@link Filter} as a Lucene query over the fields of {@link MetadataFields},
 * with LangChain4j's meaning: numbers of any type compare as decimals (1 equals 1L and 1.0d), strings
 * compare as strings, a missing key fails a comparison, and the negations ({@code isNotEqualTo},
 * {@code isNotIn}, {@code not}) match what their positive does not, documents without the key included.
 */
final class FilterQueries {

    private enum Bound { ABOVE, FROM, BELOW, UP_TO }

    private FilterQueries() {
    }

    static Query toQuery(Filter filter) {
        if (filter instanceof IsEqualTo f) {
            return equalTo(f.key(), f.comparisonValue());
        }
        if (filter instanceof IsNotEqualTo f) {
            return allBut(equalTo(f.key(), f.comparisonValue()));
        }
        if (filter instanceof IsGreaterThan f) {
            return range(f.key(), f.comparisonValue(), Bound.ABOVE);
        }
        if (filter instanceof IsGreaterThanOrEqualTo f) {
            return range(f.key(), f.comparisonValue(), Bound.FROM);
        }
        if (filter instanceof IsLessThan f) {
            return range(f.key(), f.comparisonValue(), Bound.BELOW);
        }
        if (filter instanceof IsLessThanOrEqualTo f) {
            return range(f.key(), f.comparisonValue(), Bound.UP_TO);
        }
        if (filter instanceof IsIn f) {
            return in(f.key(), f.comparisonValues());
        }
        if (filter instanceof IsNotIn f) {
            return allBut(in(f.key(), f.comparisonValues()));
        }
        if (filter instanceof ContainsString f) {
            return new WildcardQuery(new Term(TERMS + f.key(), "*" + escapeWildcards(f.comparisonValue()) + "*"));
        }
        if (filter instanceof And f) {
            return new BooleanQuery.Builder().add(toQuery(f.left()), Occur.FILTER).add(toQuery(f.right()), Occur.FILTER)
                    .build();
        }
        if (filter instanceof Or f) {
            return new BooleanQuery.Builder().add(toQuery(f.left()), Occur.SHOULD).add(toQuery(f.right()), Occur.SHOULD)
                    .build();
        }
        if (filter instanceof Not f) {
            return allBut(toQuery(f.expression()));
        }
        throw new UnsupportedOperationException("the Lucene store cannot filter by " + filter);
    }

    private static Query allBut(Query excluded) {
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER).add(excluded, Occur.MUST_NOT).build();
    }

    private static Query equalTo(String key, Object value) {
        if (value instanceof String || value instanceof UUID) {
            return new TermQuery(new Term(TERMS + key, value.toString()));
        }
        Number number = number(key, value);
        return either(
                isIntegral(number) ? LongPoint.newExactQuery(INTEGRAL + key, number.longValue())
                        : longRange(key, number, Bound.FROM, Bound.UP_TO),
                DoublePoint.newExactQuery(FLOATING + key, MetadataFields.asDouble(number)));
    }

    private static Query in(String key, Collection<?> values) {
        List<BytesRef> terms = new ArrayList<>();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Object value : values) {
            if (value instanceof String || value instanceof UUID) {
                terms.add(new BytesRef(value.toString()));
            } else {
                any.add(equalTo(key, value), Occur.SHOULD);
            }
        }
        if (!terms.isEmpty()) {
            any.add(new TermInSetQuery(TERMS + key, terms), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query range(String key, Object value, Bound bound) {
        if (value instanceof String || value instanceof UUID) {
            BytesRef term = new BytesRef(value.toString());
            return switch (bound) {
                case ABOVE -> new TermRangeQuery(TERMS + key, term, null, false, false);
                case FROM -> new TermRangeQuery(TERMS + key, term, null, true, false);
                case BELOW -> new TermRangeQuery(TERMS + key, null, term, false, false);
                case UP_TO -> new TermRangeQuery(TERMS + key, null, term, false, true);
            };
        }
        Number number = number(key, value);
        return either(longRange(key, number, bound, bound), doubleRange(key, MetadataFields.asDouble(number), bound));
    }

    /**
     * The longs that pass a bound on each side of a number ({@code null} for no bound); {@code FROM} and
     * {@code UP_TO} of one number give the longs equal to it, none when it is not whole.
     */
    private static Query longRange(String key, Number number, Bound lowerBound, Bound upperBound) {
        long lower = Long.MIN_VALUE;
        long upper = Long.MAX_VALUE;
        if (lowerBound == Bound.ABOVE || lowerBound == Bound.FROM) {
            boolean above = lowerBound == Bound.ABOVE;
            if (isIntegral(number)) {
                if (above && number.longValue() == Long.MAX_VALUE) {
                    return new MatchNoDocsQuery();
                }
                lower = above ? number.longValue() + 1 : number.longValue();
            } else {
                double from = above ? Math.floor(number.doubleValue()) + 1 : Math.ceil(number.doubleValue());
                if (from >= 0x1p63) {
                    return new MatchNoDocsQuery();
                }
                lower = (long) from; // saturates at Long.MIN_VALUE
            }
        }
        if (upperBound == Bound.BELOW || upperBound == Bound.UP_TO) {
            boolean below = upperBound == Bound.BELOW;
            if (isIntegral(number)) {
                if (below && number.longValue() == Long.MIN_VALUE) {
                    return new MatchNoDocsQuery();
                }
                upper = below ? number.longValue() - 1 : number.longValue();
            } else {
                double to = below ? Math.ceil(number.doubleValue()) - 1 : Math.floor(number.doubleValue());
                if (to < -0x1p63) {
                    return new MatchNoDocsQuery();
                }
                upper = (long) to; // saturates at Long.MAX_VALUE
            }
        }
        return lower > upper ? new MatchNoDocsQuery() : LongPoint.newRangeQuery(INTEGRAL + key, lower, upper);
    }

    private static Query doubleRange(String key, double value, Bound bound) {
        return switch (bound) {
            case ABOVE -> DoublePoint.newRangeQuery(FLOATING + key, Math.nextUp(value), Double.POSITIVE_INFINITY);
            case FROM -> DoublePoint.newRangeQuery(FLOATING + key, value, Double.POSITIVE_INFINITY);
            case BELOW -> DoublePoint.newRangeQuery(FLOATING + key, Double.NEGATIVE_INFINITY, Math.nextDown(value));
            case UP_TO -> DoublePoint.newRangeQuery(FLOATING + key, Double.NEGATIVE_INFINITY, value);
        };
    }

    private static Query either(Query integral, Query floating) {
        return new BooleanQuery.Builder().add(integral, Occur.SHOULD).add(floating, Occur.SHOULD).build();
    }

    private static Number number(String key, Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return (Number) value;
        }
        if ((value instanceof Float || value instanceof Double) && Double.isFinite(((Number) value).doubleValue())) {
            return MetadataFields.asDouble((Number) value);
        }
        throw new IllegalArgumentException("cannot filter metadata '" + key + "' by a " + value.getClass().getName()
                + " (" + value + "): use a string, UUID, integer, long, or a finite float or double");
    }

    private static boolean isIntegral(Number number) {
        return number instanceof Integer || number instanceof Long;
    }

    private static String escapeWildcards(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == WildcardQuery.WILDCARD_STRING || c == WildcardQuery.WILDCARD_CHAR || c == WildcardQuery.WILDCARD_ESCAPE) {
                escaped.append(WildcardQuery.WILDCARD_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
