package es.clave.sp.load;

import java.time.Duration;

/**
 * How big a run is: {@code short} (in every {@code mvn verify}, about five minutes of load) or
 * {@code long} (the documented nightly command, {@code -Dclave.load.profile=long}). Both are
 * bounded: each scenario stops when it has its journeys or its time is up, whichever comes first.
 *
 * @param name            the profile's name
 * @param users           concurrent virtual users (each a citizen of its own)
 * @param think           a citizen's pause on each gateway page
 * @param beforeFault     load before the fault strikes (every user is mid-journey by then)
 * @param faultLength     how long a fault lasts
 * @param journeys        journeys a scenario runs at least, if its time allows
 * @param afterFault      journeys that must start after recovery (and all succeed)
 * @param maxAfterFault   the longest a scenario goes on after its fault, waiting for those
 */
record LoadProfile(String name, int users, Duration think, Duration beforeFault, Duration faultLength, int journeys,
                   int afterFault, Duration maxAfterFault) {

    static LoadProfile current() {
        String name = System.getProperty("clave.load.profile", "short");
        return switch (name) {
            case "short" -> new LoadProfile(name, 120, Duration.ofMillis(100), Duration.ofSeconds(3), Duration.ofSeconds(4),
                    200, 20, Duration.ofSeconds(45));
            case "long" -> new LoadProfile(name, 200, Duration.ofMillis(300), Duration.ofSeconds(30), Duration.ofSeconds(30),
                    3000, 300, Duration.ofMinutes(5));
            default -> throw new IllegalArgumentException("clave.load.profile is '" + name + "': use short or long");
        };
    }
}
