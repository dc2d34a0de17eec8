/**
 * The language of the adapter's pages and their texts in Spanish, Catalan, Galician, Basque and
 * English.
 *
 * <p>Public API, shared with the Spring adapter: {@code LocaleSelector} chooses the locale (an
 * application's choice, a fixed locale, or the browser's {@code Accept-Language} among the five)
 * and {@code ServletMessages} looks texts up in an application bundle first, then in core's
 * messages, then in the adapter's own bundle.
 */
package es.clave.sp.servlet.i18n;
