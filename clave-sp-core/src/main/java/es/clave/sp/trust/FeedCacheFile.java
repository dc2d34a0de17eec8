package es.clave.sp.trust;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The on-disk copy of the last good feed set, a PEM bundle, so a restart during a feed outage still
 * starts with Cl@ve's certificates. What is read back is re-checked against the pins by the caller:
 * the file is a cache, not a trust anchor.
 */
final class FeedCacheFile {

    private static final Logger LOG = LoggerFactory.getLogger(FeedCacheFile.class);

    private final Path file;

    FeedCacheFile(Path file) {
        this.file = file;
    }

    /** @return the cached certificates, or an empty list when there is no readable cache */
    List<X509Certificate> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Certificates.readAll(in);
        } catch (IOException | CertificateException e) {
            LOG.warn("Cl@ve certificate cache {} is unreadable and is ignored: {}", file, e.getMessage());
            return List.of();
        }
    }

    /** Replaces the cache atomically where the file system allows, so a crash never leaves half a file. */
    void write(List<X509Certificate> certificates) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, Certificates.toPem(certificates), StandardCharsets.US_ASCII);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Cl@ve certificate cache {} could not be written (the set stays in memory): {}", file, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
