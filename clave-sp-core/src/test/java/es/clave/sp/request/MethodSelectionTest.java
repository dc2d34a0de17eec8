package es.clave.sp.request;

import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.login.LoginStart;
import es.clave.sp.testing.TestConfigs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static es.clave.sp.request.SignedXmlReader.children;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** REQ-11: methods are offered by excluding every other one, for each of the 31 non-empty subsets. */
class MethodSelectionTest {

    private static final LoginRequestFactory FACTORY = new LoginRequestFactory(TestConfigs.valid());
    private static final List<IdentificationMethod> OFFERABLE = List.copyOf(IdentificationMethod.offerable());

    static List<Set<IdentificationMethod>> subsets() {
        List<Set<IdentificationMethod>> out = new ArrayList<>();
        for (int mask = 1; mask < 1 << OFFERABLE.size(); mask++) {
            Set<IdentificationMethod> s = EnumSet.noneOf(IdentificationMethod.class);
            for (int i = 0; i < OFFERABLE.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    s.add(OFFERABLE.get(i));
                }
            }
            out.add(s);
        }
        return out;
    }

    @Test
    @DisplayName("REQ-11 there are 5 offerable methods, hence 31 non-empty subsets")
    void thirtyOneSubsets() {
        assertEquals(5, OFFERABLE.size());
        assertEquals(31, subsets().size());
    }

    @ParameterizedTest(name = "REQ-11 offering {0} excludes exactly the others")
    @MethodSource("subsets")
    void exclusionsMatchSubset(Set<IdentificationMethod> offered) {
        LoginStart start = FACTORY.create(LoginOptions.defaults().withMethods(offered));
        Document doc = SignedXmlReader.parseBase64(start.form().field("SAMLRequest"));
        Element requested = (Element) doc.getElementsByTagNameNS("http://eidas.europa.eu/saml-extensions",
                "RequestedAttributes").item(0);
        List<Element> exclusions = children(requested).stream()
                .filter(e -> !e.getAttribute("Name").equals("http://es.minhafp.clave/RelayState")).toList();
        Set<String> expected = IdentificationMethod.offerable().stream().filter(m -> !offered.contains(m))
                .map(IdentificationMethod::exclusionAttributeName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = exclusions.stream().map(e -> e.getAttribute("Name"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
        assertEquals(expected.size(), exclusions.size(), "one attribute per excluded method");
        for (Element e : exclusions) {
            assertTrue(children(e).isEmpty(), "exclusion attributes are value-less");
        }
        assertEquals(offered, start.pending().offeredMethods());
        assertTrue(SignedXmlReader.verify(doc, TestConfigs.valid().signingCredential().certificate()));
    }

    @Test
    @DisplayName("REQ-11 an empty method set is rejected with a clear message")
    void emptySetRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FACTORY.create(LoginOptions.defaults().withMethods(Set.of())));
        assertTrue(e.getMessage().contains("at least one identification method"), e.getMessage());
    }

    @Test
    @DisplayName("REQ-11 OTHER cannot be offered")
    void otherRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FACTORY.create(LoginOptions.defaults().withMethods(EnumSet.of(IdentificationMethod.OTHER))));
        assertTrue(e.getMessage().contains("OTHER"), e.getMessage());
    }
}
