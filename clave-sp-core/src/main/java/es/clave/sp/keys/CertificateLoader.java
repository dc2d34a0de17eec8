package es.clave.sp.keys;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Loads X.509 certificates, PEM (one or several) or DER, e.g. the trusted Cl@ve certificates (BND-5). */
public final class CertificateLoader {

    private CertificateLoader() {
    }

    /**
     * @param location a file path or {@code classpath:} location of a PEM or DER certificate file
     * @return every certificate in the file, in file order (at least one)
     * @throws KeyMaterialException naming the location when it is missing or holds no certificate
     */
    public static List<X509Certificate> load(String location) {
        byte[] bytes = ResourceLocations.read(location, KeyMaterialException.Field.CERTIFICATE);
        try {
            List<X509Certificate> out = new ArrayList<>();
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (var c : factory.generateCertificates(new ByteArrayInputStream(bytes))) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new CertificateException("no certificate found");
            }
            return List.copyOf(out);
        } catch (CertificateException e) {
            throw new KeyMaterialException(KeyMaterialException.Field.CERTIFICATE, location
                    + " holds no readable X.509 certificate (" + e.getMessage() + "): give a PEM file"
                    + " (-----BEGIN CERTIFICATE-----) or a DER .cer/.crt file", e);
        }
    }
}
