/**
 * The Cl@ve certificates a Service Provider trusts (BND-5): the only keys a Response or Assertion
 * signature may validate with (RSP-2, RSP-4, SEC-W12).
 *
 * <p>Public API: {@code TrustedCertificateSource}, read once per message so a change never splits
 * one response between two trusted sets, with static and composite implementations; {@code
 * FeedTrustSource} and {@code FeedTrustSettings}, which read Cl@ve's certificate feed on a
 * schedule and take only certificates that match an operator's {@code TrustPins}, may sign and are
 * valid, keeping the last good set when a refresh fails; the feed's client and parser
 * (size-capped, no DOCTYPE, SEC-X1, SEC-X4). The on-disk cache of the last good set is internal
 * and is re-checked against the pins when read.
 */
package es.clave.sp.trust;
