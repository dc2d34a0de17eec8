package es.clave.sp.fuzz;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import es.clave.sp.testing.saml.XmlDocs;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.w3c.dom.Document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * SEC-F: structure-aware fuzzing of a real signed (and optionally encrypted) Cl@ve response built
 * at test time. Tries per property come from {@code jqwik.tries.default}, which the core pom sets
 * low for {@code mvn verify} and the {@code fuzz-long} profile raises (see docs/testing.md).
 */
class ResponseMutationPropertiesTest {
    private final Instant now = Instant.now();
    private final ClaveSpConfig config = ResponseTestSetup.config();
    private final PendingLogin pending = ResponseTestSetup.pending(now, LevelOfAssurance.LOW);
    private final String signed = ClaveResponseBuilder.forLogin(pending, now).buildBase64();
    private final String encrypted = ClaveResponseBuilder.forLogin(pending, now).encrypted().buildBase64();

    @Property
    @Label("SEC-F1 mutated signed response: only ClaveAuthenticationException, signed content never accepted, else original identity")
    void mutatedResponseFailsClosedOrYieldsOriginalIdentity(@ForAll boolean encrypt,
                                                             @ForAll("mutations") List<XmlMutation> mutations) {
        String original = encrypt ? encrypted : signed;
        ClaveIdentity expected = finish(original, pending.relayState());
        Document doc = XmlDocs.parse(new String(Base64.getDecoder().decode(original), StandardCharsets.UTF_8));
        String signedBefore = XmlMutation.signedView(doc);
        for (XmlMutation m : mutations) {
            m.apply(doc);
        }
        String mutated;
        try {
            mutated = XmlDocs.base64(doc);
        } catch (IllegalStateException unserializable) {
            // a character XML cannot carry (NUL, most C0 controls): Java 17's serializer writes a
            // character reference the SP must refuse, newer ones refuse to write; nothing to send then
            return;
        }
        if (mutated.equals(original)) {
            return;
        }
        ClaveIdentity got = accepted(mutated, pending.relayState());
        if (got != null) {
            // judged on the bytes the SP accepted, as a whole: a duplicate moved out of the signed part,
            // or a namespace declaration the serializer restores, leaves the signed content as it was
            boolean signedContentChanged = !signedBefore.equals(XmlMutation.signedView(XmlDocs.parse(
                    new String(Base64.getDecoder().decode(mutated), StandardCharsets.UTF_8))));
            assertTrue(!signedContentChanged, () -> "mutation of signed content accepted: " + mutations);
            assertSameIdentity(expected, got, mutations);
        }
    }

    @Property
    @Label("SEC-F2 re-encoded response: only ClaveAuthenticationException, accepted only as the original identity")
    void reEncodedResponseFailsClosedOrYieldsOriginalIdentity(@ForAll boolean encrypt,
                                                              @ForAll Reencoding how,
                                                              @ForAll @IntRange(min = 0, max = 4096) int position) {
        String original = encrypt ? encrypted : signed;
        ClaveIdentity expected = finish(original, pending.relayState());
        String xml = new String(Base64.getDecoder().decode(original), StandardCharsets.UTF_8);
        ClaveIdentity got = accepted(how.apply(xml, original, position), pending.relayState());
        if (got != null) {
            assertSameIdentity(expected, got, how);
        }
    }

    @Property
    @Label("SEC-F3 generated RelayState at the ACS: only the pending one is accepted (REQ-RelayState binding)")
    void generatedRelayStateIsRejectedUnlessItIsThePendingOne(@ForAll("relayStates") String relayState) {
        ClaveIdentity got = accepted(signed, relayState);
        if (relayState != null && relayState.equals(pending.relayState())) {
            assertTrue(got != null, "the pending RelayState must be accepted");
        } else {
            assertEquals(null, got, () -> "foreign RelayState accepted: " + relayState);
        }
    }

    @Example
    @Label("SEC-F1 the unmutated response is accepted (guards the properties above against a world that rejects everything)")
    void unmutatedResponsesAreAccepted() {
        assertTrue(accepted(signed, pending.relayState()) != null);
        assertTrue(accepted(encrypted, pending.relayState()) != null);
    }

    @Provide
    Arbitrary<List<XmlMutation>> mutations() {
        return XmlMutation.arbitrary().list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> relayStates() {
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<String> nearMiss = Arbitraries.of(pending.relayState())
                .flatMap(rs -> Arbitraries.integers().between(0, rs.length() - 1)
                        .map(i -> rs.substring(0, i) + (char) (rs.charAt(i) ^ 1) + rs.substring(i + 1)));
        Arbitrary<String> padded = Arbitraries.of(" " + pending.relayState(), pending.relayState() + "\n",
                pending.relayState().toUpperCase(), "");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, noise), net.jqwik.api.Tuple.of(4, nearMiss),
                net.jqwik.api.Tuple.of(1, padded), net.jqwik.api.Tuple.of(1, Arbitraries.just(pending.relayState())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)));
    }

    /** A fresh SP per call: a shared replay cache would hide a wrongly accepted mutant behind REPLAY. */
    private ClaveIdentity finish(String samlResponse, String relayState) {
        ClaveServiceProvider sp = ResponseTestSetup.sp(config);
        return sp.finishLogin(samlResponse, relayState, pending, ResponseTestSetup.client(now));
    }

    /** @return the identity, or null when the library refused with its own exception; anything else fails */
    private ClaveIdentity accepted(String samlResponse, String relayState) {
        try {
            return finish(samlResponse, relayState);
        } catch (ClaveAuthenticationException expected) {
            return null;
        } catch (RuntimeException | Error other) {
            fail("escaped as " + other.getClass().getName() + " instead of ClaveAuthenticationException", other);
            return null;
        }
    }

    private static void assertSameIdentity(ClaveIdentity expected, ClaveIdentity got, Object cause) {
        String why = "accepted with another identity after " + cause;
        assertEquals(expected.personIdentifier(), got.personIdentifier(), why);
        assertEquals(expected.givenName(), got.givenName(), why);
        assertEquals(expected.familyName(), got.familyName(), why);
        assertEquals(expected.firstSurname(), got.firstSurname(), why);
        assertEquals(expected.secondSurname(), got.secondSurname(), why);
        assertEquals(expected.dateOfBirth(), got.dateOfBirth(), why);
        assertEquals(expected.levelOfAssurance(), got.levelOfAssurance(), why);
        assertEquals(expected.method(), got.method(), why);
        assertEquals(expected.representedEntity(), got.representedEntity(), why);
        assertTrue(Objects.equals(expected.responseId(), got.responseId())
                && Objects.equals(expected.assertionId(), got.assertionId()), why);
    }
}
