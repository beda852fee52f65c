-- A submission's values are one row of parallel arrays, element i of each array being the value at place i of the
-- file (1-based), instead of one row per value. Each stored row costs H2 a tree insert, an undo record and a commit
-- step of its own, and a township report holds about 60 values: storing them as rows was a quarter of the ingest's
-- CPU, as arrays it is about a twentieth (BENCHMARKS.md, twelfth round). The view reported_value (V7_1, written
-- for each database) still shows one row per value with the columns and ids V6 gave them.
CREATE TABLE reported_value_set (
    submission_id   BIGINT               NOT NULL PRIMARY KEY,
    indicator_codes VARCHAR(64) ARRAY    NOT NULL,
    value_numbers   DECIMAL(24, 8) ARRAY NOT NULL,
    approximate     BOOLEAN ARRAY        NOT NULL,
    usable          BOOLEAN ARRAY        NOT NULL,
    display_texts   VARCHAR(2000) ARRAY  NOT NULL,
    sheet_names     VARCHAR(200) ARRAY   NOT NULL,
    cell_refs       VARCHAR(20) ARRAY    NOT NULL,
    notes           VARCHAR(2000) ARRAY  NOT NULL,
    CONSTRAINT reported_value_set_submission_fk FOREIGN KEY (submission_id) REFERENCES submission (id)
);
INSERT INTO reported_value_set
SELECT submission_id,
       ARRAY_AGG(indicator_code ORDER BY id), ARRAY_AGG(value_number ORDER BY id), ARRAY_AGG(approximate ORDER BY id),
       ARRAY_AGG(usable ORDER BY id), ARRAY_AGG(display_text ORDER BY id), ARRAY_AGG(sheet_name ORDER BY id),
       ARRAY_AGG(cell_ref ORDER BY id), ARRAY_AGG(note ORDER BY id)
FROM reported_value
GROUP BY submission_id;
DROP TABLE reported_value;
