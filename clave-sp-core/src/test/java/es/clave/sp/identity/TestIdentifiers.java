package es.clave.sp.identity;

/**
 * TEST-ONLY generator of syntactically valid Spanish identifiers. The check characters are
 * computed here from the published rules, independently of {@link SpanishIdentifiers}, so the
 * tests compare two implementations instead of one with itself.
 */
final class TestIdentifiers {
    private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    private TestIdentifiers() {
    }

    /** @return the NIF for an eight-digit DNI number */
    static String nif(int number) {
        return String.format("%08d", number) + LETTERS.charAt(number % 23);
    }

    /** @return the NIE with prefix X, Y or Z and a seven-digit number */
    static String nie(char prefix, int number) {
        int full = Integer.parseInt(("XYZ".indexOf(prefix)) + String.format("%07d", number));
        return prefix + String.format("%07d", number) + LETTERS.charAt(full % 23);
    }

    /** @return the control digit of a CIF's seven digits, via the digit-sum rule written out */
    static int cifDigit(String digits) {
        int evenSum = 0;
        int oddSum = 0;
        for (int position = 1; position <= 7; position++) {
            int d = Character.digit(digits.charAt(position - 1), 10);
            if (position % 2 == 0) {
                evenSum += d;
            } else {
                int twice = 2 * d;
                oddSum += twice > 9 ? twice - 9 : twice;
            }
        }
        int units = (evenSum + oddSum) % 10;
        return units == 0 ? 0 : 10 - units;
    }

    /** @return a CIF whose control is the digit (for types A, B, E, H and the either-way ones) */
    static String cifWithDigit(char type, String sevenDigits) {
        return "" + type + sevenDigits + cifDigit(sevenDigits);
    }

    /** @return a CIF whose control is the letter (for types N, P, Q, R, S, W and the either-way ones) */
    static String cifWithLetter(char type, String sevenDigits) {
        return "" + type + sevenDigits + "JABCDEFGHI".charAt(cifDigit(sevenDigits));
    }

    /** @return {@code valid} with its last character replaced by another one of the same class */
    static String withWrongCheck(String valid) {
        char last = valid.charAt(valid.length() - 1);
        char wrong = Character.isDigit(last) ? (char) ('0' + (last - '0' + 1) % 10)
                : (last == 'A' ? 'B' : 'A');
        return valid.substring(0, valid.length() - 1) + wrong;
    }
}
