-- Imported providers and their import batches. Keys are never stored, only their SHA-256
-- fingerprints (64 hex digits). Instants are ISO-8601 UTC text with nine fraction digits; host
-- object ids are the host's positive integers. Enumerations are stored by their lowercase wire
-- names. (Names avoid the word "key": HostStorageTest reserves it for *_ref columns.)

-- One provider of a pack imported on one host; pack_version is the version last imported.
CREATE TABLE providers (
    id            TEXT NOT NULL PRIMARY KEY,
    host_id       TEXT NOT NULL REFERENCES hosts (id),
    pack_name     TEXT NOT NULL,
    pack_version  TEXT NOT NULL,
    provider_name TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (host_id, pack_name, provider_name)
) STRICT;

-- The host objects a provider manages: a group per import mode (qualifier is the mode), one
-- channel (qualifier is empty) and an account per key (qualifier is the key's fingerprint).
CREATE TABLE provider_objects (
    provider_id    TEXT    NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL CHECK (kind IN ('group', 'channel', 'account')),
    qualifier      TEXT    NOT NULL,
    host_object_id INTEGER NOT NULL CHECK (host_object_id > 0),
    PRIMARY KEY (provider_id, kind, qualifier),
    CHECK (kind <> 'group' OR qualifier IN ('subscription', 'self_service')),
    CHECK (kind <> 'channel' OR qualifier = ''),
    CHECK (kind <> 'account' OR length(qualifier) = 64)
) STRICT;

-- The batches that imported a provider, oldest first (position from 0). batch_id has no foreign
-- key: the provider's history is its own record, saved independently of the batch rows.
CREATE TABLE provider_batches (
    provider_id TEXT    NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    batch_id    TEXT    NOT NULL,
    PRIMARY KEY (provider_id, position),
    UNIQUE (provider_id, batch_id)
) STRICT;

-- One import run. fingerprints is a JSON array of the keys' fingerprints in the order given.
-- finished_at is NULL exactly while running; failure_reason is NULL unless it failed as a whole.
-- The lease stays after the batch finishes: it says who ran it last.
CREATE TABLE import_batches (
    id               TEXT NOT NULL PRIMARY KEY,
    provider_id      TEXT NOT NULL REFERENCES providers (id),
    host_id          TEXT NOT NULL REFERENCES hosts (id),
    pack_name        TEXT NOT NULL,
    pack_version     TEXT NOT NULL,
    provider_name    TEXT NOT NULL,
    mode             TEXT NOT NULL CHECK (mode IN ('subscription', 'self_service')),
    fingerprints     TEXT NOT NULL
                     CHECK (json_valid(fingerprints) AND json_type(fingerprints) = 'array'),
    status           TEXT NOT NULL CHECK (status IN ('running', 'succeeded',
                         'partially_succeeded', 'failed', 'rolled_back', 'rollback_failed')),
    started_at       TEXT NOT NULL,
    finished_at      TEXT,
    lease_owner      TEXT NOT NULL CHECK (lease_owner <> ''),
    lease_expires_at TEXT NOT NULL,
    failure_reason   TEXT CHECK (failure_reason <> ''),
    -- The access step's outcome for the batch's mode: NULL until it ran; the failure class is ''
    -- when ready or when no check could run; access_detail explains it (never a key).
    access_status    TEXT CHECK (access_status IN ('unknown', 'broken', 'models_only',
                         'subscription_ready', 'self_service_ready', 'fully_ready')),
    access_failure_class TEXT,
    access_detail    TEXT,
    CHECK ((access_status IS NULL) = (access_failure_class IS NULL)),
    CHECK ((access_status IS NULL) = (access_detail IS NULL)),
    CHECK ((status = 'running') = (finished_at IS NULL))
) STRICT;

-- One batch at a time per provider, across processes: a second running batch breaks this index.
CREATE UNIQUE INDEX import_batches_one_running
    ON import_batches (provider_id) WHERE status = 'running';

CREATE INDEX import_batches_by_provider ON import_batches (provider_id, started_at);

-- The intent journal: every host write, recorded before it is sent and settled after.
-- fingerprint is set for account writes only; host_object_id once the host's id is known;
-- message when the host refused it; completed_at once settled (NULL while pending).
CREATE TABLE batch_intents (
    batch_id       TEXT    NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    intent_id      INTEGER NOT NULL CHECK (intent_id >= 1),
    kind           TEXT    NOT NULL CHECK (kind IN ('create_group', 'update_group',
                       'delete_group', 'create_channel', 'update_channel', 'delete_channel',
                       'create_account', 'update_account', 'pause_account', 'test_account',
                       'delete_account', 'create_user_key', 'update_user_key', 'delete_user_key',
                       'create_subscription', 'delete_subscription', 'create_user', 'update_user',
                       'top_up_balance', 'delete_user')),
    target         TEXT    NOT NULL,
    fingerprint    TEXT    CHECK (length(fingerprint) = 64),
    state          TEXT    NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
    origin         TEXT    NOT NULL CHECK (origin IN ('none', 'created', 'adopted')),
    host_object_id INTEGER CHECK (host_object_id > 0),
    message        TEXT    CHECK (message <> ''),
    recorded_at    TEXT    NOT NULL,
    completed_at   TEXT,
    PRIMARY KEY (batch_id, intent_id),
    CHECK ((state = 'pending') = (completed_at IS NULL)),
    CHECK (origin = 'none' OR (state = 'done' AND substr(kind, 1, 7) = 'create_'))
) STRICT;

-- What became of each key, in the order recorded (position from 0): 'tested' (an account and its
-- test outcome) or 'not_created' (the host refused the account; host_message says why).
-- elapsed_ms keeps whole milliseconds, enough for an operator.
CREATE TABLE batch_results (
    batch_id        TEXT    NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 0),
    fingerprint     TEXT    NOT NULL CHECK (length(fingerprint) = 64),
    kind            TEXT    NOT NULL CHECK (kind IN ('tested', 'not_created')),
    account_id      INTEGER,
    origin          TEXT    CHECK (origin IN ('created', 'adopted')),
    outcome         TEXT    CHECK (outcome IN ('passed', 'failed')),
    tested_model    TEXT,
    failure_class   TEXT,
    upstream_status INTEGER CHECK (upstream_status >= 0),
    host_message    TEXT,
    elapsed_ms      INTEGER NOT NULL CHECK (elapsed_ms >= 0),
    PRIMARY KEY (batch_id, fingerprint),
    UNIQUE (batch_id, position),
    CHECK ((kind = 'tested') = (account_id IS NOT NULL)),
    CHECK ((kind = 'tested') = (origin IS NOT NULL)),
    CHECK ((kind = 'tested') = (outcome IS NOT NULL)),
    CHECK ((outcome IS 'passed') = (tested_model IS NOT NULL)),
    CHECK ((outcome IS 'failed') = (failure_class IS NOT NULL)),
    CHECK ((outcome IS 'failed') = (upstream_status IS NOT NULL)),
    CHECK ((kind = 'not_created' OR outcome IS 'failed') = (host_message IS NOT NULL))
) STRICT;
