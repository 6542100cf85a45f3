-- The self-inspection (ADR 0012). Sites are named by code, units by id: no foreign key crosses a module boundary.

-- The supervisors' settings; a name that has no row takes its national default (InspectionSettings).
CREATE TABLE inspection_setting (
    name          VARCHAR(64)              NOT NULL PRIMARY KEY,
    setting_value DOUBLE PRECISION         NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The latest reading of each indicator for each site. reading_value is null when it could not be measured.
CREATE TABLE inspection_reading (
    site_code     VARCHAR(64)              NOT NULL,
    indicator     VARCHAR(32)              NOT NULL,
    state         VARCHAR(16)              NOT NULL,
    reading_value DOUBLE PRECISION,
    threshold     DOUBLE PRECISION         NOT NULL,
    trips_on      DATE,
    summary       VARCHAR(1000)            NOT NULL,
    measured_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (site_code, indicator),
    CONSTRAINT ck_inspection_reading_state CHECK (state IN ('HEALTHY', 'WARNING', 'TRIPPED', 'NOT_MEASURED'))
);

-- What counts against the latest reading (columns, letters, guides, footer fields…); first_seen carries over from
-- run to run for the same offender (site, indicator, key), so a fault found today counts from the end of the
-- warning period.
CREATE TABLE inspection_offender (
    site_code    VARCHAR(64)   NOT NULL,
    indicator    VARCHAR(32)   NOT NULL,
    offender_key VARCHAR(600)  NOT NULL,
    seq          INT           NOT NULL,
    label        VARCHAR(300)  NOT NULL,
    detail       VARCHAR(1000) NOT NULL,
    fix_path     VARCHAR(300),
    first_seen   DATE          NOT NULL,
    PRIMARY KEY (site_code, indicator, offender_key)
);

-- The weekly history: the worst state of each week (from Monday) and the value of that reading.
CREATE TABLE inspection_week (
    site_code     VARCHAR(64)      NOT NULL,
    indicator     VARCHAR(32)      NOT NULL,
    week_start    DATE             NOT NULL,
    state         VARCHAR(16)      NOT NULL,
    reading_value DOUBLE PRECISION,
    PRIMARY KEY (site_code, indicator, week_start),
    CONSTRAINT ck_inspection_week_state CHECK (state IN ('HEALTHY', 'WARNING', 'TRIPPED', 'NOT_MEASURED'))
);

-- The warning or trip each site's unit was told about (console notice and e-mail): one row per site and indicator
-- while it is not healthy, so a new warning is told once, not on every run; a healthy reading removes it.
CREATE TABLE inspection_notice (
    site_code  VARCHAR(64)              NOT NULL,
    indicator  VARCHAR(32)              NOT NULL,
    unit_id    BIGINT                   NOT NULL,
    state      VARCHAR(16)              NOT NULL,
    trips_on   DATE,
    summary    VARCHAR(1000)            NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (site_code, indicator),
    CONSTRAINT ck_inspection_notice_state CHECK (state IN ('WARNING', 'TRIPPED'))
);
CREATE INDEX inspection_notice_by_unit ON inspection_notice (unit_id);
