package es.clave.sp.internal.saml.signature;

import org.apache.xml.security.signature.XMLSignatureInput;
import org.apache.xml.security.signature.XMLSignatureNodeInput;
import org.apache.xml.security.utils.resolver.ResourceResolverContext;
import org.apache.xml.security.utils.resolver.ResourceResolverException;
import org.apache.xml.security.utils.resolver.ResourceResolverSpi;
import org.w3c.dom.Element;

/**
 * Santuario's only way to dereference the one Reference we checked (SEC-W9, SEC-W10): it claims
 * every URI, so no built-in resolver (ID lookup, XPointer, file, HTTP) is ever consulted, and it
 * answers exactly one request, that Reference's own {@code "#" + ID}, with exactly the element whose
 * ID that is. Anything else fails the verification. One instance per verification.
 */
final class PinnedReferenceResolver extends ResourceResolverSpi {
    private final Element reference;
    private final Element signed;
    private final String uri;

    PinnedReferenceResolver(Element reference, Element signed) {
        this.reference = reference;
        this.signed = signed;
        this.uri = "#" + signed.getAttributeNS(null, "ID");
    }

    @Override
    public boolean engineCanResolveURI(ResourceResolverContext context) {
        return true;
    }

    @Override
    public XMLSignatureInput engineResolveURI(ResourceResolverContext context) throws ResourceResolverException {
        if (context.attr == null || context.attr.getOwnerElement() != reference || !uri.equals(context.uriToResolve)) {
            throw new ResourceResolverException("empty", new Object[]{"only the checked Reference " + uri + " is resolved"},
                    context.uriToResolve, context.baseUri);
        }
        XMLSignatureInput input = new XMLSignatureNodeInput(signed);
        input.setSecureValidation(true);
        // a same-document reference: the element and its descendants, without comments (XML DSig §4.4.3.3)
        input.setExcludeComments(true);
        input.setMIMEType("text/xml");
        input.setSourceURI(uri);
        return input;
    }
}
