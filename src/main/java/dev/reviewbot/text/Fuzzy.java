package dev.reviewbot.text;

/** Edit distance for tolerating small typos in film titles and section names. */
public final class Fuzzy {

    private Fuzzy() {
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    public static int distance(CharSequence a, CharSequence b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }

    /** How many typos a word of this length may carry and still count as the same word. */
    public static int tolerance(int length) {
        if (length >= 9) {
            return 2;
        }
        return length >= 5 ? 1 : 0;
    }
}
