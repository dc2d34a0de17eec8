package es.clave.sp.buildchecks;

/**
 * A module that clave-sp publishes, as the release bundle must hold it.
 *
 * @param artifactId        its artifactId
 * @param automaticModuleName the {@code Automatic-Module-Name} its jar declares, or null for a POM-only module
 */
record PublishedModule(String artifactId, String automaticModuleName) {

    /** Parses {@code artifactId=module.name}, or {@code artifactId=pom} for a POM-only module (the BOM). */
    static PublishedModule parse(String spec) {
        String[] parts = spec.split("=", 2);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("module spec is artifactId=Automatic-Module-Name or artifactId=pom: '" + spec + "'");
        }
        return new PublishedModule(parts[0].strip(), "pom".equals(parts[1].strip()) ? null : parts[1].strip());
    }

    boolean hasJar() {
        return automaticModuleName != null;
    }
}
