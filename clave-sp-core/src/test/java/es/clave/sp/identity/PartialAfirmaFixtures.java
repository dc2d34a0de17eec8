package es.clave.sp.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** TEST-ONLY builder of {@code PartialAfirma} values shaped like the stub emits them. */
final class PartialAfirmaFixtures {
    static final String DSS = "urn:oasis:names:tc:dss:1.0:core:schema";
    static final String AFXP = "urn:afirma:dss:1.0:profile:XSS:schema";

    private PartialAfirmaFixtures() {
    }

    /** @return the verify-response XML with the fields, using the {@code dss}/{@code afxp} prefixes */
    static String xml(Map<String, String> fields) {
        return xml(fields, "dss", "afxp");
    }

    /** @return the verify-response XML with the given prefixes ("" for a default namespace) */
    static String xml(Map<String, String> fields, String dssPrefix, String afxpPrefix) {
        String d = dssPrefix.isEmpty() ? "" : dssPrefix + ":";
        String a = afxpPrefix.isEmpty() ? "" : afxpPrefix + ":";
        String dssNs = dssPrefix.isEmpty() ? "xmlns=\"" + DSS + "\"" : "xmlns:" + dssPrefix + "=\"" + DSS + "\"";
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append('<').append(d).append("VerifyResponse ").append(dssNs)
                .append(afxpPrefix.isEmpty() ? "" : " xmlns:" + afxpPrefix + "=\"" + AFXP + "\"").append('>')
                .append('<').append(d).append("Result><").append(d).append("ResultMajor>urn:oasis:names:tc:dss:1.0:resultmajor:Success</")
                .append(d).append("ResultMajor></").append(d).append("Result>")
                .append('<').append(d).append("OptionalOutputs>")
                .append('<').append(a).append("ReadableCertificateInfo")
                .append(afxpPrefix.isEmpty() ? " xmlns=\"" + AFXP + "\"" : "").append('>');
        fields.forEach((k, v) -> sb.append('<').append(a).append("ReadableField>")
                .append('<').append(a).append("FieldIdentity>").append(k).append("</").append(a).append("FieldIdentity>")
                .append('<').append(a).append("FieldValue>").append(v).append("</").append(a).append("FieldValue>")
                .append("</").append(a).append("ReadableField>"));
        sb.append("</").append(a).append("ReadableCertificateInfo>")
                .append("</").append(d).append("OptionalOutputs>")
                .append("</").append(d).append("VerifyResponse>");
        return sb.toString();
    }

    /** @return Base64 of {@code xml} in UTF-8 */
    static String base64(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** @return Base64 of a representative certificate's verify response for the given company */
    static String representative(String classification, String cif, String companyName, String representativeNif) {
        return base64(xml(Map.of(
                "clasificacion", classification,
                "NIF-CIF", cif,
                "razonSocial", companyName,
                "NIFResponsable", representativeNif)));
    }
}
