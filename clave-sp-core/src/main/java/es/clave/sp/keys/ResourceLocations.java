package es.clave.sp.keys;

import es.clave.sp.text.LogSanitizer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a file path, {@code file:} URL path or {@code classpath:} resource fully into memory. */
public final class ResourceLocations {

    /** Prefix of class path locations. */
    public static final String CLASSPATH = "classpath:";

    private ResourceLocations() {
    }

    /**
     * @param location a file path, {@code file:path} or {@code classpath:path}
     * @param field    the setting the location came from, for the error
     * @return the bytes at {@code location}
     * @throws KeyMaterialException when it does not exist or cannot be read
     */
    public static byte[] read(String location, KeyMaterialException.Field field) {
        if (location == null || location.isBlank()) {
            throw new KeyMaterialException(field, "no location given: set a file path or classpath: location", null);
        }
        String loc = location.strip();
        if (loc.startsWith(CLASSPATH)) {
            String name = loc.substring(CLASSPATH.length());
            name = name.startsWith("/") ? name.substring(1) : name;
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader == null) {
                loader = ResourceLocations.class.getClassLoader();
            }
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    throw new KeyMaterialException(field, loc + " was not found on the class path: check the"
                            + " resource name (relative to the class path root) or use a file path", null);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new KeyMaterialException(field, loc + " could not be read: " + e.getMessage(), e);
            }
        }
        Path path;
        try {
            path = Path.of(loc.startsWith("file:") ? loc.substring("file:".length()) : loc);
        } catch (InvalidPathException e) {
            // e.g. a NUL or, on Windows, a ':' in the value: say so instead of escaping as a JDK exception
            throw new KeyMaterialException(field, "'" + LogSanitizer.sanitize(loc) + "' is not a valid file path ("
                    + e.getReason() + "): check the value, or use classpath:", e);
        }
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new KeyMaterialException(field, "file " + path.toAbsolutePath() + " does not exist: check the path"
                    + " (relative paths resolve against " + Path.of("").toAbsolutePath() + ") or use classpath:", e);
        } catch (IOException e) {
            throw new KeyMaterialException(field, "file " + path.toAbsolutePath() + " could not be read ("
                    + e + "): check that it is a readable file", e);
        }
    }
}
