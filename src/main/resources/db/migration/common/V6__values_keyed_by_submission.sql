-- A value's id is its submission's id times 1,048,576 plus its place in the file (ValueKeys): a submission's
-- values lie together in the primary key's tree and are found by a key range, so no index on submission_id is
-- kept. In H2 the foreign key goes too (H2 would keep an index of its own for it): each stored value is then
-- written to one tree instead of two and leaves one undo record for the commit instead of two (storing alone took
-- 41-54 % less CPU, BENCHMARKS.md, seventh round). The store writes values only with the submission it has just
-- written, in the same transaction. PostgreSQL keeps the foreign key (postgresql/V6_1).
CREATE TABLE reported_value_v6 (
    id             BIGINT        NOT NULL PRIMARY KEY,
    submission_id  BIGINT        NOT NULL,
    indicator_code VARCHAR(64)   NOT NULL,
    value_number   DECIMAL(24, 8),
    approximate    BOOLEAN       NOT NULL,
    usable         BOOLEAN       NOT NULL,
    display_text   VARCHAR(2000),
    sheet_name     VARCHAR(200),
    cell_ref       VARCHAR(20),
    note           VARCHAR(2000)
);
INSERT INTO reported_value_v6
SELECT submission_id * 1048576 + ROW_NUMBER() OVER (PARTITION BY submission_id ORDER BY id) - 1,
       submission_id, indicator_code, value_number, approximate, usable, display_text, sheet_name, cell_ref, note
FROM reported_value;
DROP TABLE reported_value;
ALTER TABLE reported_value_v6 RENAME TO reported_value;
