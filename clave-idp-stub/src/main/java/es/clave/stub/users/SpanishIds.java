package es.clave.stub.users;

import java.util.Locale;

/**
 * Check characters of Spanish identifiers: NIF/DNI and NIE (mod-23 letter) and CIF (Luhn-like
 * control digit or letter). Used to keep built-in and file users valid, because the SP side
 * validates them (protocol §4).
 */
public final class SpanishIds {

    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String CIF_LETTERS = "JABCDEFGHI";

    private SpanishIds() {
    }

    /** @return the NIF check letter of an 8-digit number */
    public static char nifLetter(int number) {
        return NIF_LETTERS.charAt(number % 23);
    }

    /** @return whether {@code nif} is 8 digits and the right letter */
    public static boolean isValidNif(String nif) {
        String v = nif.toUpperCase(Locale.ROOT);
        return v.matches("\\d{8}[A-Z]") && nifLetter(Integer.parseInt(v.substring(0, 8))) == v.charAt(8);
    }

    /** @return whether {@code nie} is X/Y/Z, 7 digits and the right letter */
    public static boolean isValidNie(String nie) {
        String v = nie.toUpperCase(Locale.ROOT);
        if (!v.matches("[XYZ]\\d{7}[A-Z]")) {
            return false;
        }
        int prefix = "XYZ".indexOf(v.charAt(0));
        return nifLetter(Integer.parseInt(prefix + v.substring(1, 8))) == v.charAt(8);
    }

    /** @return the control digit (0-9) of the 7 central digits of a CIF */
    public static int cifControlDigit(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int d = sevenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                int doubled = d * 2;
                sum += doubled / 10 + doubled % 10;
            } else {
                sum += d;
            }
        }
        return (10 - sum % 10) % 10;
    }

    /** @return whether {@code cif} is an entity letter, 7 digits and a matching control digit or letter */
    public static boolean isValidCif(String cif) {
        String v = cif.toUpperCase(Locale.ROOT);
        if (!v.matches("[ABCDEFGHJNPQRSUVW]\\d{7}[0-9A-J]")) {
            return false;
        }
        int control = cifControlDigit(v.substring(1, 8));
        char given = v.charAt(8);
        return given == (char) ('0' + control) || given == CIF_LETTERS.charAt(control);
    }

    /** @return whether {@code id} is a valid NIF, NIE or CIF */
    public static boolean isValidSpanishId(String id) {
        return isValidNif(id) || isValidNie(id) || isValidCif(id);
    }
}
