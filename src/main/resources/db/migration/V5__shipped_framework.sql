-- Each afwegingskader file the application has shipped in decisions/, by its SHA-256, and what
-- became of it (ShippedFramework): deployed on a new installation, already in force, or proposed to
-- the board through frameworkChange. A file seen once is never deployed again by a restart.
CREATE TABLE k80_shipped_framework (
  checksum   VARCHAR(64)  NOT NULL PRIMARY KEY,
  seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  outcome    VARCHAR(20)  NOT NULL
);
