/**
 * The stub's texts in Spanish (the default, as on Cl@ve), Catalan, Galician, Basque and English:
 * {@code Texts} reads one language of a UTF-8 bundle without falling back between languages, and
 * {@code Phrase} is a text key with its arguments, kept until the page that shows it knows its language.
 *
 * <p>Like every package of the stub, it is written independently of clave-sp-core on purpose: the
 * stub plays the gateway side of the same contract, so it keeps its own helpers instead of sharing
 * core's, and each side checks the other.
 */
package es.clave.stub.i18n;
