-- One row per stored value, as the table of V6 had them. H2 cannot unnest a column of the row beside it, so each
-- row is joined to the places 1..n of its arrays; a LEFT JOIN, because H2 keeps the order of an outer join and so
-- looks up each row's places instead of scanning every row for each of 65,536 places.
CREATE VIEW reported_value AS
SELECT v.submission_id * 1048576 + p.X - 1 AS id,
       v.submission_id,
       v.indicator_codes[p.X] AS indicator_code,
       v.value_numbers[p.X]   AS value_number,
       v.approximate[p.X]     AS approximate,
       v.usable[p.X]          AS usable,
       v.display_texts[p.X]   AS display_text,
       v.sheet_names[p.X]     AS sheet_name,
       v.cell_refs[p.X]       AS cell_ref,
       v.notes[p.X]           AS note
FROM reported_value_set v
LEFT JOIN SYSTEM_RANGE(1, 65536) p ON p.X <= CARDINALITY(v.indicator_codes)
WHERE p.X IS NOT NULL;
