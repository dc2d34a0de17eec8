-- clave-sp shared state (issue 8), PostgreSQL 9.5 or newer.
-- Tables for the default prefix clave_ (clave.state.jdbc.table-prefix). With another prefix,
-- rename clave_ in the table and index names; clave.state.jdbc.create-schema=true does it for you.
-- Times are epoch milliseconds written by the SP nodes' clocks (keep them in sync, e.g. NTP).

-- Pending logins, keyed by RelayState; payload is the versioned text form (PendingLoginCodec).
CREATE TABLE IF NOT EXISTS clave_pending_login (
    relay_state VARCHAR(128)  NOT NULL PRIMARY KEY,
    payload     VARCHAR(4000) NOT NULL,
    expires_at  BIGINT        NOT NULL
);
CREATE INDEX IF NOT EXISTS clave_pending_login_expires ON clave_pending_login (expires_at);

-- Seen Response and Assertion IDs: namespace ':' base64url(SHA-256(id)).
CREATE TABLE IF NOT EXISTS clave_replay (
    replay_key VARCHAR(80) NOT NULL PRIMARY KEY,
    expires_at BIGINT      NOT NULL
);
CREATE INDEX IF NOT EXISTS clave_replay_expires ON clave_replay (expires_at);
