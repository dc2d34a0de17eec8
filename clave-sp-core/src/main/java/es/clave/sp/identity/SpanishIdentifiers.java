package es.clave.sp.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises Spanish identifiers and verifies their check character: NIF (DNI number, or the
 * K/L/M forms for Spaniards without a DNI) and NIE with the mod-23 letter, CIF with its control
 * digit or letter. Inputs are expected upper case without separators.
 */
public final class SpanishIdentifiers {
    private static final String MOD23_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String CIF_CONTROL_LETTERS = "JABCDEFGHI";

    private static final Pattern NIF = Pattern.compile("\\d{8}[A-Z]");
    private static final Pattern NIF_KLM = Pattern.compile("[KLM]\\d{7}[A-Z]");
    private static final Pattern NIE = Pattern.compile("[XYZ]\\d{7}[A-Z]");
    private static final Pattern CIF = Pattern.compile("[ABCDEFGHJNPQRSUVW]\\d{7}[0-9A-J]");

    /** CIF organisation letters whose control character must be a letter. */
    private static final String CIF_LETTER_CONTROL = "NPQRSW";
    /** CIF organisation letters whose control character must be a digit. */
    private static final String CIF_DIGIT_CONTROL = "ABEH";

    private SpanishIdentifiers() {
    }

    /**
     * @param value upper-case identifier without separators
     * @return the kind its shape says (NIF, NIE or CIF), or empty when it has none of those shapes
     */
    public static Optional<IdentifierKind> kindOf(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (NIF.matcher(value).matches() || NIF_KLM.matcher(value).matches()) {
            return Optional.of(IdentifierKind.NIF);
        }
        if (NIE.matcher(value).matches()) {
            return Optional.of(IdentifierKind.NIE);
        }
        if (CIF.matcher(value).matches()) {
            return Optional.of(IdentifierKind.CIF);
        }
        return Optional.empty();
    }

    /** @return whether {@code value} has a NIF shape and the right check letter */
    public static boolean isValidNif(String value) {
        if (value == null) {
            return false;
        }
        if (NIF.matcher(value).matches()) {
            return value.charAt(8) == mod23Letter(Integer.parseInt(value.substring(0, 8)));
        }
        if (NIF_KLM.matcher(value).matches()) {
            // K/L/M NIFs: the letter is computed on the seven digits only
            return value.charAt(8) == mod23Letter(Integer.parseInt(value.substring(1, 8)));
        }
        return false;
    }

    /** @return whether {@code value} has a NIE shape and the right check letter (X, Y, Z count as 0, 1, 2) */
    public static boolean isValidNie(String value) {
        if (value == null || !NIE.matcher(value).matches()) {
            return false;
        }
        int prefix = "XYZ".indexOf(value.charAt(0));
        return value.charAt(8) == mod23Letter(Integer.parseInt(prefix + value.substring(1, 8)));
    }

    /**
     * @return whether {@code value} has a CIF shape and the right control character: a letter for
     *         organisation types N, P, Q, R, S, W; a digit for A, B, E, H; either for the others
     */
    public static boolean isValidCif(String value) {
        if (value == null || !CIF.matcher(value).matches()) {
            return false;
        }
        char type = value.charAt(0);
        int digit = cifControlDigit(value.substring(1, 8));
        char control = value.charAt(8);
        boolean digitMatches = control == (char) ('0' + digit);
        boolean letterMatches = control == CIF_CONTROL_LETTERS.charAt(digit);
        if (CIF_LETTER_CONTROL.indexOf(type) >= 0) {
            return letterMatches;
        }
        if (CIF_DIGIT_CONTROL.indexOf(type) >= 0) {
            return digitMatches;
        }
        return digitMatches || letterMatches;
    }

    /** @return whether the check character is right for the kind the value's shape says */
    public static boolean isValid(String value) {
        return kindOf(value).map(kind -> switch (kind) {
            case NIF -> isValidNif(value);
            case NIE -> isValidNie(value);
            case CIF -> isValidCif(value);
            default -> false;
        }).orElse(false);
    }

    /** @return the mod-23 check letter of a DNI or NIE number */
    public static char mod23Letter(int number) {
        return MOD23_LETTERS.charAt(number % 23);
    }

    /**
     * @param sevenDigits the seven digits of a CIF
     * @return the control digit 0-9; the control letter is {@code "JABCDEFGHI".charAt(digit)}
     */
    public static int cifControlDigit(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int d = sevenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                // odd positions (1st, 3rd, ...): double and add the digits of the product
                int doubled = d * 2;
                sum += doubled / 10 + doubled % 10;
            } else {
                sum += d;
            }
        }
        return (10 - sum % 10) % 10;
    }

    /** @return the control letter matching {@link #cifControlDigit(String)} */
    public static char cifControlLetter(String sevenDigits) {
        return CIF_CONTROL_LETTERS.charAt(cifControlDigit(sevenDigits));
    }
}
