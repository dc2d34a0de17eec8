package es.clave.sp.internal.saml.encryption;

import org.apache.xml.security.encryption.Serializer;
import org.apache.xml.security.encryption.XMLEncryptionException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The serializer our {@link org.apache.xml.security.encryption.XMLCipher}s are given: we only
 * decrypt to octets, so Santuario has nothing to serialize, and decrypted content is parsed by our
 * hardened parser alone (SEC-E5). Any attempt to use Santuario's parser fails instead of running.
 */
final class RefusingSerializer implements Serializer {
    static final RefusingSerializer INSTANCE = new RefusingSerializer();

    private RefusingSerializer() {
    }

    @Override
    public byte[] serializeToByteArray(Element element) {
        throw new UnsupportedOperationException("clave-sp does not encrypt XML with Santuario");
    }

    @Override
    public byte[] serializeToByteArray(NodeList content) {
        throw new UnsupportedOperationException("clave-sp does not encrypt XML with Santuario");
    }

    @Override
    public Node deserialize(byte[] source, Node ctx) throws XMLEncryptionException {
        throw new XMLEncryptionException("empty", "decrypted content is parsed by clave-sp's hardened parser only");
    }
}
