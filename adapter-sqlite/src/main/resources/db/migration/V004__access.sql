-- Access closure: each host's probe user and each provider's last check per import mode.
-- Passwords are never stored, only references (env:VAR or file:/path). Instants are ISO-8601 UTC
-- text with nine fraction digits; enumerations are stored by their lowercase wire names.

-- The ordinary user through whom access is proven on a host; it goes with its host.
CREATE TABLE probe_users (
    host_id      TEXT NOT NULL PRIMARY KEY REFERENCES hosts (id) ON DELETE CASCADE,
    email        TEXT NOT NULL CHECK (email <> ''),
    password_ref TEXT NOT NULL CHECK (password_ref LIKE 'env:%' OR password_ref LIKE 'file:/%'),
    updated_at   TEXT NOT NULL
) STRICT;

-- The last check of one mode of a provider, with what it saw and its verdict. Gateway statuses
-- are -1 when the call was not made and 0 when it got no answer; host_codes is a JSON array of
-- the host's error codes; latency_nanos keeps the latency exactly. failure_class, host_code and
-- detail are set exactly when the verdict is failed (host_code may then be empty).
CREATE TABLE access_closures (
    provider_id        TEXT    NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
    mode               TEXT    NOT NULL CHECK (mode IN ('subscription', 'self_service')),
    checked_at         TEXT    NOT NULL,
    models_status      INTEGER NOT NULL CHECK (models_status >= -1),
    smoke_model_listed INTEGER NOT NULL CHECK (smoke_model_listed IN (0, 1)),
    model_polls        INTEGER NOT NULL CHECK (model_polls >= 0),
    chat_status        INTEGER NOT NULL CHECK (chat_status >= -1),
    finish_reason      TEXT    NOT NULL,
    usage_status       INTEGER NOT NULL CHECK (usage_status >= -1),
    host_codes         TEXT    NOT NULL
                       CHECK (json_valid(host_codes) AND json_type(host_codes) = 'array'),
    latency_nanos      INTEGER NOT NULL CHECK (latency_nanos >= 0),
    verdict            TEXT    NOT NULL CHECK (verdict IN ('ready', 'failed')),
    failure_class      TEXT    CHECK (failure_class <> ''),
    host_code          TEXT,
    detail             TEXT,
    PRIMARY KEY (provider_id, mode),
    CHECK ((verdict = 'failed') = (failure_class IS NOT NULL)),
    CHECK ((verdict = 'failed') = (host_code IS NOT NULL)),
    CHECK ((verdict = 'failed') = (detail IS NOT NULL))
) STRICT;
