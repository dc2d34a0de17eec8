package es.clave.sp.health;

/** What a key or certificate is used for by the SP. */
public enum CredentialRole {
    /** the SP's signing key (requests, REQ-7); registered with Cl@ve */
    SIGNING,
    /** the next signing key, announced ahead of a rollover and not used yet */
    SIGNING_NEXT,
    /** a key encrypted assertions are decrypted with (RSP-3) */
    DECRYPTION,
    /** a Cl@ve certificate whose signatures are trusted (RSP-2, BND-5) */
    TRUSTED_CLAVE
}
