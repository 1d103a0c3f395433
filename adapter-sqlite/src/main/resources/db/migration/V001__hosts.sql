-- Registered sub2api hosts. Secrets are never stored: secret_ref holds a reference such as
-- env:VAR or file:/path. Instants are ISO-8601 UTC text with nine fraction digits, so they sort.
-- The last probe lives in nullable probe_* columns (all NULL until the first probe); its
-- capabilities are one JSON object so that new capabilities need no migration.
CREATE TABLE hosts (
    id                 TEXT    NOT NULL PRIMARY KEY,
    name               TEXT    NOT NULL UNIQUE,
    base_url           TEXT    NOT NULL,
    auth_method        TEXT    NOT NULL CHECK (auth_method IN ('api_key', 'login')),
    admin_email        TEXT,
    secret_ref         TEXT    NOT NULL,
    prefix             TEXT    NOT NULL,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    probe_status       TEXT    CHECK (probe_status IN
                                   ('healthy', 'unreachable', 'rejected', 'compliance_required')),
    probe_checked_at   TEXT,
    probe_version      TEXT,
    probe_latency_ms   INTEGER CHECK (probe_latency_ms >= 0),
    probe_capabilities TEXT    CHECK (probe_capabilities IS NULL OR json_valid(probe_capabilities)),
    probe_reason       TEXT,
    probe_host_code    TEXT,
    probe_detail       TEXT,
    CHECK ((auth_method = 'login') = (admin_email IS NOT NULL)),
    CHECK ((probe_status IS NULL) = (probe_checked_at IS NULL)),
    CHECK ((probe_status = 'healthy') = (probe_capabilities IS NOT NULL)),
    CHECK ((probe_status IN ('rejected', 'compliance_required')) = (probe_reason IS NOT NULL))
) STRICT;
