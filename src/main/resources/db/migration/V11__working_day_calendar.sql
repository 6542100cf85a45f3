-- The working-day calendar of the case engine (module cases): the dates that differ from the weekend rule, entered
-- by the administrator each year after the State Council's notice. HOLIDAY: a holiday or rest day (also on a weekend,
-- harmless); MAKEUP_WORKDAY: a Saturday or Sunday worked (调休上班), which the application checks is a weekend.
CREATE TABLE calendar_day (
    calendar_date DATE                     NOT NULL PRIMARY KEY,
    kind          VARCHAR(20)              NOT NULL,
    name          VARCHAR(50)              NOT NULL,
    created_by    VARCHAR(100)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY'))
);
