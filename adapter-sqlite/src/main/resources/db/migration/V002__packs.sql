-- Installed packs, one row per name and version; several versions of a pack live side by side and
-- a stored version never changes. document is the pack's normalized document (Pack.toDocument(),
-- keys sorted, defaults written out, exact decimals) as JSON, read back through the strict
-- validator; digest is the SHA-256 of its canonical form, kept to detect a changed re-install.
-- source is where the pack came from (builtin:NAME, a file's absolute path, or api).
CREATE TABLE packs (
    name         TEXT NOT NULL,
    version      TEXT NOT NULL,
    digest       TEXT NOT NULL CHECK (length(digest) = 64),
    document     TEXT NOT NULL CHECK (json_valid(document)),
    source       TEXT NOT NULL,
    installed_at TEXT NOT NULL,
    PRIMARY KEY (name, version)
) STRICT;
