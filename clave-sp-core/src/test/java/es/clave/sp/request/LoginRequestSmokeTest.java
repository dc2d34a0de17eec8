package es.clave.sp.request;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.login.LoginStart;
import es.clave.sp.testing.TestConfigs;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginRequestSmokeTest {
    @Test
    void signs() {
        ClaveSpConfig config = TestConfigs.valid();
        LoginStart start = new LoginRequestFactory(config).create(LoginOptions.defaults());
        Document doc = SignedXmlReader.parseBase64(start.form().field("SAMLRequest"));
        assertTrue(SignedXmlReader.verify(doc, config.signingCredential().certificate()));
    }
}
