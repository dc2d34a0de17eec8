package es.clave.sp.testing.saml;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** TEST-ONLY @firma DSS verify responses, Base64-encoded as Cl@ve puts them in {@code PartialAfirma}. */
public final class AfirmaVerifyResponse {
    private AfirmaVerifyResponse() {
    }

    /**
     * @param clasificacion the certificate classification ("11" and "12": a legal person's representative)
     * @param nifCif        the company's CIF, or null
     * @param razonSocial   the company's name, or null
     * @return the Base64 verify response of a certificate held by 12345678Z
     */
    public static String base64(String clasificacion, String nifCif, String razonSocial) {
        StringBuilder xml = new StringBuilder("<dss:VerifyResponse xmlns:dss=\"urn:oasis:names:tc:dss:1.0:core:schema\" "
                + "xmlns:afxp=\"urn:afirma:dss:1.0:profile:XSS:schema\"><dss:Result><dss:ResultMajor>"
                + "urn:oasis:names:tc:dss:1.0:resultmajor:Success</dss:ResultMajor></dss:Result>"
                + "<dss:OptionalOutputs><afxp:ReadableCertificateInfo>");
        field(xml, "clasificacion", clasificacion);
        field(xml, "NIFResponsable", "12345678Z");
        if (nifCif != null) {
            field(xml, "NIF-CIF", nifCif);
        }
        if (razonSocial != null) {
            field(xml, "razonSocial", razonSocial);
        }
        xml.append("</afxp:ReadableCertificateInfo></dss:OptionalOutputs></dss:VerifyResponse>");
        return Base64.getEncoder().encodeToString(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void field(StringBuilder xml, String id, String value) {
        xml.append("<afxp:ReadableField><afxp:FieldIdentity>").append(id).append("</afxp:FieldIdentity><afxp:FieldValue>")
                .append(value).append("</afxp:FieldValue></afxp:ReadableField>");
    }
}
