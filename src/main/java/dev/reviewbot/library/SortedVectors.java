package dev.reviewbot.library;

import java.util.Comparator;
import org.pcollections.PVector;

/** Insertion and removal in a persistent vector kept sorted: a binary search, then one logarithmic step. */
final class SortedVectors {

    private SortedVectors() {
    }

    static <T> PVector<T> plus(PVector<T> sorted, T value, Comparator<? super T> order) {
        int at = search(sorted, value, order);
        return sorted.plus(at < 0 ? -at - 1 : at, value);
    }

    /** The vector without the element that compares equal to {@code value}; the same vector when there is none. */
    static <T> PVector<T> minus(PVector<T> sorted, T value, Comparator<? super T> order) {
        int at = search(sorted, value, order);
        return at < 0 ? sorted : sorted.minus(at);
    }

    /** Like Collections.binarySearch, without its iterator walk over lists that are not RandomAccess. */
    private static <T> int search(PVector<T> sorted, T value, Comparator<? super T> order) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = order.compare(sorted.get(mid), value);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }
}
