-- Supervision center: visit counts, manuscript fees (稿酬) and the annual website report (政府网站工作年度报表).

-- Visits per site and day, counts only: page views (网站总访问量) and unique visitors (独立用户访问总量), the latter
-- counted in memory from a daily salted hash of address and user agent that is never written. No address, no hash,
-- no user agent in any table. site_code: the site's code, or the portal's.
CREATE TABLE site_visits (
    site_code       VARCHAR(40) NOT NULL,
    visit_day       DATE        NOT NULL,
    page_views      BIGINT      NOT NULL,
    unique_visitors BIGINT      NOT NULL,
    PRIMARY KEY (site_code, visit_day),
    CONSTRAINT ck_site_visits_counts CHECK (page_views >= 0 AND unique_visitors >= 0 AND unique_visitors <= page_views)
);

-- The fee rule, one row (id 1): fen per 100 characters of a published item's text, and the bonus range in fen.
CREATE TABLE manuscript_fee_settings (
    id                  INT         NOT NULL PRIMARY KEY,
    fen_per_hundred     INT         NOT NULL,
    bonus_min_fen       INT         NOT NULL,
    bonus_max_fen       INT         NOT NULL,
    updated_by          VARCHAR(100),
    updated_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_manuscript_fee_settings CHECK (id = 1 AND fen_per_hundred >= 0 AND bonus_min_fen >= 0
        AND bonus_max_fen >= bonus_min_fen)
);
INSERT INTO manuscript_fee_settings (id, fen_per_hundred, bonus_min_fen, bonus_max_fen) VALUES (1, 200, 2000, 10000);

-- A bonus the office entered for an item (adopted by a higher-level site, or singled out), one per item.
CREATE TABLE manuscript_fee_bonus (
    item_id     BIGINT                   NOT NULL PRIMARY KEY,
    amount_fen  INT                      NOT NULL,
    reason      VARCHAR(200)             NOT NULL,
    entered_by  VARCHAR(100)             NOT NULL,
    entered_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An approved month: its statement is frozen as the lines below, whatever changes later.
CREATE TABLE manuscript_fee_month (
    fee_month   VARCHAR(7)               NOT NULL PRIMARY KEY,
    approved_by VARCHAR(100)             NOT NULL,
    approved_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE manuscript_fee_line (
    fee_month   VARCHAR(7)               NOT NULL REFERENCES manuscript_fee_month (fee_month) ON DELETE CASCADE,
    item_id     BIGINT                   NOT NULL,
    title       VARCHAR(500)             NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    unit_id     BIGINT                   NOT NULL,
    editor_id   BIGINT,
    editor_name VARCHAR(200)             NOT NULL,
    characters  INT                      NOT NULL,
    base_fen    BIGINT                   NOT NULL,
    bonus_fen   BIGINT                   NOT NULL,
    PRIMARY KEY (fee_month, item_id),
    CONSTRAINT ck_manuscript_fee_line CHECK (characters >= 0 AND base_fen >= 0 AND bonus_fen >= 0)
);

-- The annual report of one site and year: what staff entered (JSON of field key to value), and once published the
-- whole report as it was published (JSON), which the portal page shows.
CREATE TABLE annual_report (
    site_id      BIGINT                   NOT NULL,
    report_year  INT                      NOT NULL,
    entered      VARCHAR(20000)           NOT NULL,
    published    VARCHAR(40000),
    published_at TIMESTAMP WITH TIME ZONE,
    updated_by   VARCHAR(100)             NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (site_id, report_year)
);
