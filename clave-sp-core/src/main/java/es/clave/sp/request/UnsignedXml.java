package es.clave.sp.request;

/**
 * A request rendered as its exclusive canonical form, cut where the enveloped signature goes.
 * <p>
 * {@code beforeSignature + afterSignature} is byte for byte the exclusive C14N of the root
 * element without its signature, i.e. exactly what the reference digest covers.
 * {@code hiddenDeclaration} is a namespace declaration the document carries for readers but
 * exclusive C14N drops because no element or attribute name uses it (a prefix that only appears
 * inside an {@code xsi:type} value); it is inserted at {@code hiddenDeclarationOffset} of
 * {@code afterSignature} in the posted document only.
 *
 * @param id                      the root element's ID, referenced by the signature
 * @param beforeSignature         markup up to the signature position (after Issuer, REQ-7)
 * @param afterSignature          the rest of the markup
 * @param hiddenDeclarationOffset where {@code hiddenDeclaration} goes in {@code afterSignature}
 * @param hiddenDeclaration       a leading-space namespace declaration, or empty
 */
record UnsignedXml(String id, String beforeSignature, String afterSignature, int hiddenDeclarationOffset,
                   String hiddenDeclaration) {
}
