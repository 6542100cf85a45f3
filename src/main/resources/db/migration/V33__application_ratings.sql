-- 好差评 of online applications, their rectifications (整改) and what the public figures need.
-- decision: GRANTED or DENIED once decided; finished_at: when 办结 was reached (办件公示 shows both). Applications
-- finished before this migration get their last change as finished_at; their decision stays unknown (shown as —).
ALTER TABLE application ADD COLUMN decision VARCHAR(20);
ALTER TABLE application ADD COLUMN finished_at TIMESTAMP WITH TIME ZONE;
UPDATE application SET finished_at = updated_at WHERE state = 'DONE';
CREATE INDEX application_finished ON application (finished_at);

-- The applicant's one rating of a finished application, on the national five levels (VERY_SATISFIED …
-- VERY_DISSATISFIED). reason is required for the two bad levels. The primary key makes "once" hold under races.
CREATE TABLE application_rating (
    application_id BIGINT                   NOT NULL PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
    unit_id        BIGINT                   NOT NULL,
    level          VARCHAR(20)              NOT NULL,
    reason         VARCHAR(1000)            NOT NULL,
    rated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX application_rating_by_unit ON application_rating (unit_id);

-- A rectification (整改) opened by a bad rating: its case on the case engine (type rectification, reference the
-- application's number), what the unit rectified and the return visit (回访) that closed it.
CREATE TABLE rectification (
    application_id BIGINT                   NOT NULL PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
    case_id        BIGINT                   NOT NULL,
    unit_id        BIGINT                   NOT NULL,
    measures       VARCHAR(2000),
    visit_on       DATE,
    visit_way      VARCHAR(20),
    visit_view     VARCHAR(1000),
    closed_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX rectification_by_unit ON rectification (unit_id);
