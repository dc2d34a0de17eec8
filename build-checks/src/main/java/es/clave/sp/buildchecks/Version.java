package es.clave.sp.buildchecks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Maven version reduced to what the dependency policy compares: its leading numbers
 * ({@code 1.3.5}, {@code 33.8.0} of {@code 33.8.0-jre}) and whether it is a pre-release
 * ({@code -alpha}, {@code -beta}, {@code -rc}, {@code -M1}, {@code -SNAPSHOT}), which sorts just
 * below the release with the same numbers. Other qualifiers ({@code -jre}, {@code .RELEASE}) do
 * not change the order. Missing numbers count as zero, so {@code 5} equals {@code 5.0.0}.
 *
 * @param numbers    the leading numeric components
 * @param preRelease whether a pre-release qualifier follows them
 * @param text       the version as written
 */
record Version(List<Long> numbers, boolean preRelease, String text) implements Comparable<Version> {

    private static final Pattern LEADING_NUMBERS = Pattern.compile("^(\\d+(?:\\.\\d+)*)(.*)$");
    private static final Pattern PRE_RELEASE =
            Pattern.compile("^[-.]?(alpha|beta|rc|cr|m|milestone|preview|snapshot)[-.]?\\d*.*$");

    static Version parse(String text) {
        Matcher m = LEADING_NUMBERS.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a version with leading numbers: '" + text + "'");
        }
        List<Long> numbers = new ArrayList<>();
        for (String part : m.group(1).split("\\.")) {
            numbers.add(Long.parseLong(part));
        }
        boolean preRelease = PRE_RELEASE.matcher(m.group(2).toLowerCase(Locale.ROOT)).matches();
        return new Version(List.copyOf(numbers), preRelease, text.trim());
    }

    @Override
    public int compareTo(Version other) {
        int length = Math.max(numbers.size(), other.numbers.size());
        for (int i = 0; i < length; i++) {
            int c = Long.compare(component(i), other.component(i));
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(other.preRelease, preRelease);
    }

    boolean isBelow(Version other) {
        return compareTo(other) < 0;
    }

    private long component(int i) {
        return i < numbers.size() ? numbers.get(i) : 0L;
    }

    @Override
    public String toString() {
        return text;
    }
}
