-- The audit log: append-only, each record chained to the one before by a SHA-256 hash over its fields and the
-- previous hash (see audit.AuditRecord#computeHash). audit_chain_head holds the last hash; locking its one row
-- orders the writers, so the chain has no forks.
CREATE TABLE audit_record (
    seq            BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id       BIGINT,
    actor_name     VARCHAR(100)             NOT NULL,
    actor_role     VARCHAR(30),
    remote_address VARCHAR(64),
    action         VARCHAR(80)              NOT NULL,
    outcome        VARCHAR(10)              NOT NULL,
    target_type    VARCHAR(40),
    target_id      VARCHAR(64),
    unit_id        BIGINT,
    detail         VARCHAR(2000)            NOT NULL,
    prev_hash      CHAR(64)                 NOT NULL,
    hash           CHAR(64)                 NOT NULL,
    CONSTRAINT ck_audit_outcome CHECK (outcome IN ('DONE', 'REFUSED'))
);
CREATE INDEX audit_record_by_time ON audit_record (occurred_at);
CREATE INDEX audit_record_by_actor ON audit_record (actor_id);
CREATE INDEX audit_record_by_unit ON audit_record (unit_id);

CREATE TABLE audit_chain_head (
    id        INT      NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT ck_audit_head_single CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
