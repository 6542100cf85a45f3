-- Publishing answered letters (module interaction): the owning unit's leader decides, after the answer was sent,
-- whether a letter its writer marked public goes on the portal. Only the confirmed, redacted texts are stored here and
-- only they are ever shown publicly; the letter's own row keeps the original.
--
-- decision PUBLISHED: subject, body and answer are the redacted texts the leader confirmed (answer_round names the
-- answer they were taken from, unit_id and answered_at the unit that sent it and when). WITHHELD (不公开): reason says
-- why; no text is kept.
CREATE TABLE letter_publication (
    letter_id    BIGINT                   NOT NULL PRIMARY KEY REFERENCES letter (id),
    decision     VARCHAR(20)              NOT NULL,
    answer_round INT                      NOT NULL,
    unit_id      BIGINT                   NOT NULL,
    answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    subject      VARCHAR(100),
    body         VARCHAR(5000),
    answer       VARCHAR(10000),
    reason       VARCHAR(500),
    decided_by   VARCHAR(100)             NOT NULL,
    decided_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_letter_publication_decision CHECK (decision IN ('PUBLISHED', 'WITHHELD')),
    CONSTRAINT ck_letter_publication_texts CHECK (decision <> 'PUBLISHED'
        OR (subject IS NOT NULL AND body IS NOT NULL AND answer IS NOT NULL)),
    CONSTRAINT ck_letter_publication_reason CHECK (decision <> 'WITHHELD' OR (reason IS NOT NULL AND body IS NULL))
);
CREATE INDEX letter_publication_public ON letter_publication (decision, unit_id);
