package es.clave.sp.buildchecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Classes that more than one jar of a graph defines: whichever the class loader meets first wins,
 * so the code that runs depends on jar order. Multi-release variants under {@code META-INF/} and
 * {@code module-info} are not classes of the class path and are left out.
 */
final class DuplicateClasses {

    private DuplicateClasses() {
    }

    /** One line per set of jars that share classes: which jars, how many classes, one example. */
    static List<String> find(List<ResolvedJar> graph) {
        Map<String, List<ResolvedJar>> owners = new TreeMap<>();
        for (ResolvedJar jar : graph) {
            for (String className : classesOf(jar)) {
                owners.computeIfAbsent(className, c -> new ArrayList<>()).add(jar);
            }
        }
        Map<List<ResolvedJar>, List<String>> byJarSet = new LinkedHashMap<>();
        owners.forEach((className, jars) -> {
            if (jars.size() > 1) {
                byJarSet.computeIfAbsent(jars, j -> new ArrayList<>()).add(className);
            }
        });
        List<String> findings = new ArrayList<>();
        byJarSet.forEach((jars, classes) -> findings.add(classes.size() + " duplicate class(es) in " + jars
                + ", e.g. " + classes.get(0)));
        return findings;
    }

    private static List<String> classesOf(ResolvedJar jar) {
        List<String> classes = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.file().toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
                    classes.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar.file(), e);
        }
        return classes;
    }
}
