package es.clave.sp.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Derives the first and second surname from {@code FamilyName} (both surnames) and
 * {@code FirstSurname} (RSP-12).
 *
 * <p>The second surname is what follows the first surname in {@code FamilyName}. Whitespace is
 * collapsed and the comparison ignores case and accents, since the two attributes are not always
 * written alike. The prefix must end on a word boundary: {@code GARCIA} is not a prefix of
 * {@code GARCIAS LOPEZ}.
 *
 * <p>When {@code FirstSurname} is absent (eIDAS logins, for example) the first surname is the whole
 * {@code FamilyName} and there is no second surname: splitting at the first space would be wrong
 * for compound surnames ({@code DE LA FUENTE}) and for foreign names ({@code van der Berg}).
 * When {@code FamilyName} does not start with {@code FirstSurname}, the second surname is unknown
 * (null) rather than guessed.
 */
public final class SurnameSplitter {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /**
     * The result of a split.
     *
     * @param familyName    {@code FamilyName} with whitespace collapsed, or null
     * @param firstSurname  the first surname, or null when neither attribute is present
     * @param secondSurname the second surname, or null when there is none or it is unknown
     */
    public record Surnames(String familyName, String firstSurname, String secondSurname) {
    }

    private SurnameSplitter() {
    }

    /**
     * @param familyName   the {@code FamilyName} value, or null
     * @param firstSurname the {@code FirstSurname} value, or null
     * @return the surnames
     */
    public static Surnames split(String familyName, String firstSurname) {
        String family = collapse(familyName);
        String first = collapse(firstSurname);
        if (first == null) {
            return new Surnames(family, family, null);
        }
        if (family == null) {
            return new Surnames(null, first, null);
        }
        if (startsWithWord(family, first)) {
            String rest = family.substring(first.length()).strip();
            return new Surnames(family, first, rest.isEmpty() ? null : rest);
        }
        return new Surnames(family, first, null);
    }

    private static boolean startsWithWord(String family, String first) {
        if (family.length() < first.length()
                || family.length() > first.length() && family.charAt(first.length()) != ' ') {
            return false;
        }
        if (family.startsWith(first)) {
            return true;
        }
        String familyKey = comparable(family);
        String firstKey = comparable(first);
        return familyKey.length() == family.length() && firstKey.length() == first.length()
                && familyKey.startsWith(firstKey);
    }

    private static String collapse(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        String collapsed = isCollapsed(stripped) ? stripped : WHITESPACE.matcher(stripped).replaceAll(" ");
        return collapsed.isEmpty() ? null : nfc(collapsed);
    }

    /** @return true when {@link #WHITESPACE} finds nothing to replace: no run of two and no other whitespace than a space */
    private static boolean isCollapsed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i > 0 && value.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * NFC, without the normalizer's work for text below U+0300 (ASCII and Latin-1 letters, the
     * usual Spanish names): those characters are all in NFC and none combines with a neighbour, so
     * such text is its own normal form.
     */
    private static String nfc(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= '\u0300') {
                return Normalizer.normalize(value, Normalizer.Form.NFC);
            }
        }
        return value;
    }

    /**
     * Accent- and case-folded form. Only used when it keeps the length, so that an index in the
     * folded text is the same index in the original (true for Spanish letters in NFC).
     */
    private static String comparable(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
