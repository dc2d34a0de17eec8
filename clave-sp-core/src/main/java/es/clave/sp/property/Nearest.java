package es.clave.sp.property;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the candidate closest to a mistyped key or value, by edit distance counting an adjacent
 * transposition ({@code ture} for {@code true}) as one edit. A suggestion is only made when the
 * distance is small for the candidate's length, so a wild value gets none instead of a random one.
 */
final class Nearest {

    /** Most edits ever accepted, for long keys. */
    private static final int MAX_EDITS = 4;

    private Nearest() {
    }

    /** @return the closest of {@code candidates} to {@code written}, when it is close enough to be a typo */
    static Optional<String> to(String written, Collection<String> candidates) {
        String w = written.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(w, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance && d <= allowed(candidate)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** One edit for short words (pro, true), growing to {@value #MAX_EDITS} for keys. */
    private static int allowed(String candidate) {
        return Math.max(1, Math.min(MAX_EDITS, candidate.length() / 3));
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
