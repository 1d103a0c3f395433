-- Stored reconcile reports (PRODUCT §2, §4), one row per run. scope is 'provider' (provider_id set)
-- or 'host' (provider_id NULL). findings is a JSON array, one object per finding in the order found:
-- {code, kind, host_object_id, name, hint, reason, extra_ids, diffs[{field, desired, live}]}. The
-- report is written whole in one statement and never changes. No foreign keys: a report outlives
-- the host or provider it describes, as an audit record does.
CREATE TABLE reconcile_reports (
    id          TEXT NOT NULL PRIMARY KEY,
    scope       TEXT NOT NULL CHECK (scope IN ('provider', 'host')),
    host_id     TEXT NOT NULL,
    provider_id TEXT,
    checked_at  TEXT NOT NULL,
    result      TEXT NOT NULL CHECK (result IN ('in_sync', 'drifted')),
    findings    TEXT NOT NULL CHECK (json_valid(findings) AND json_type(findings) = 'array'),
    CHECK ((scope = 'provider') = (provider_id IS NOT NULL))
) STRICT;

CREATE INDEX reconcile_reports_by_scope
    ON reconcile_reports (host_id, scope, provider_id, checked_at);
