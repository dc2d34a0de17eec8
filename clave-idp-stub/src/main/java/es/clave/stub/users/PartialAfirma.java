package es.clave.stub.users;

import es.clave.stub.TestUser;
import es.clave.stub.xml.Dom;
import es.clave.stub.xml.SecureXml;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code PartialAfirma} attribute of certificate logins (RSP-12): Base64 of an @firma DSS
 * {@code VerifyResponse} whose {@code ReadableCertificateInfo} lists the certificate's fields.
 * {@code clasificacion} 11 marks a legal person's representative; the represented entity is then
 * ({@code NIF-CIF}, {@code razonSocial}).
 */
public final class PartialAfirma {

    static final String DSS = "urn:oasis:names:tc:dss:1.0:core:schema";
    static final String AFXP = "urn:afirma:dss:1.0:profile:XSS:schema";

    /** clasificacion of a natural person's certificate. */
    public static final String NATURAL_PERSON = "0";
    /** clasificacion of a legal person's representative certificate. */
    public static final String REPRESENTATIVE = "11";

    private PartialAfirma() {
    }

    /** @return the certificate fields @firma would report for {@code user}'s certificate, in order */
    public static Map<String, String> fields(TestUser user) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("clasificacion", user.isRepresentative() ? REPRESENTATIVE : NATURAL_PERSON);
        if (user.isRepresentative()) {
            fields.put("NIF-CIF", user.representedCif());
            fields.put("razonSocial", user.representedName());
        }
        fields.put("NIFResponsable", user.identifier());
        fields.put("nombreResponsable", user.givenName());
        fields.put("primerApellidoResponsable", user.firstSurname());
        fields.put("segundoApellidoResponsable", user.secondSurname());
        return fields;
    }

    /** @return the VerifyResponse XML for {@code user} */
    public static String xml(TestUser user) {
        Element root = Dom.newRoot(DSS, "dss:VerifyResponse");
        Dom.declare(root, "dss", DSS);
        Dom.declare(root, "afxp", AFXP);
        Element result = Dom.append(root, DSS, "dss:Result");
        Dom.appendText(result, DSS, "dss:ResultMajor", "urn:oasis:names:tc:dss:1.0:resultmajor:Success");
        Dom.appendText(result, DSS, "dss:ResultMinor",
                "urn:afirma:dss:1.0:profile:XSS:resultminor:valid:certificate:Definitive");
        Element message = Dom.appendText(result, DSS, "dss:ResultMessage", "Proceso realizado correctamente.");
        message.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", "es");
        Element outputs = Dom.append(root, DSS, "dss:OptionalOutputs");
        Element info = Dom.append(outputs, AFXP, "afxp:ReadableCertificateInfo");
        for (Map.Entry<String, String> field : fields(user).entrySet()) {
            Element readable = Dom.append(info, AFXP, "afxp:ReadableField");
            Dom.appendText(readable, AFXP, "afxp:FieldIdentity", field.getKey());
            Dom.appendText(readable, AFXP, "afxp:FieldValue", field.getValue());
        }
        return SecureXml.toString(root);
    }

    /** @return the attribute value: Base64 of the UTF-8 VerifyResponse */
    public static String base64(TestUser user) {
        return Base64.getEncoder().encodeToString(xml(user).getBytes(StandardCharsets.UTF_8));
    }
}
