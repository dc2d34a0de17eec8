package es.clave.sp.load.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average ({@code /proc/loadavg}: 1, 5 and 15 minutes), reported beside every figure. */
public final class LoadAverage {

    private LoadAverage() {
    }

    /** @return e.g. {@code 3.12 2.80 2.41}, or {@code n/a} off Linux */
    public static String now() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
