-- Grey mode (一键置灰) of the whole site group: one row. OFF, ON (now, until switched off) or SCHEDULED (from
-- starts_at, inclusive, to ends_at, exclusive). Published pages link /_zw/mode.css, which reads this row, so the
-- change needs no rebuild.
CREATE TABLE publishing_grey_mode (
    id         INT          NOT NULL PRIMARY KEY,
    mode       VARCHAR(20)  NOT NULL,
    starts_at  TIMESTAMP WITH TIME ZONE,
    ends_at    TIMESTAMP WITH TIME ZONE,
    changed_by VARCHAR(100),
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_grey_mode_single CHECK (id = 1),
    CONSTRAINT ck_grey_mode_mode CHECK (mode IN ('OFF', 'ON', 'SCHEDULED')),
    CONSTRAINT ck_grey_mode_range CHECK (mode <> 'SCHEDULED' OR (starts_at IS NOT NULL AND ends_at IS NOT NULL AND ends_at > starts_at))
);
INSERT INTO publishing_grey_mode (id, mode, changed_at) VALUES (1, 'OFF', CURRENT_TIMESTAMP);
