package es.clave.sp.audit;

import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.IdentifierKind;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;

import java.time.Instant;

/**
 * One audited moment. Personal data is minimised: the identifier is masked unless the operator
 * turned masking off ({@code clave.audit.mask-identifiers=false}); names and birth dates never appear.
 *
 * @param type          what happened
 * @param at            when
 * @param correlationId the id shown to the citizen on the error page and put in the log MDC ({@link CorrelationId})
 * @param requestId     the AuthnRequest or LogoutRequest ID, linking start and end; may be null
 * @param subject       the person identifier (masked by default) on success, else null
 * @param identifierKind the kind of identifier on success, else null
 * @param method        the identification method on success, else null
 * @param loa           the achieved LoA on success, the requested one when a login starts, else null
 * @param error         the failure kind on failures, else null
 * @param detail        the log detail of a failure (already stripped of control characters), else null
 */
public record AuditEvent(AuditEventType type, Instant at, String correlationId, String requestId, String subject,
                         IdentifierKind identifierKind, IdentificationMethod method, LevelOfAssurance loa,
                         ClaveError error, String detail) {
}
