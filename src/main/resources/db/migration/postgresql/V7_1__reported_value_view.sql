-- One row per stored value, as the table of V6 had them.
CREATE VIEW reported_value AS
SELECT v.submission_id * 1048576 + u.place - 1 AS id,
       v.submission_id,
       u.indicator_code, u.value_number, u.approximate, u.usable, u.display_text, u.sheet_name, u.cell_ref, u.note
FROM reported_value_set v
CROSS JOIN LATERAL UNNEST(v.indicator_codes, v.value_numbers, v.approximate, v.usable, v.display_texts,
                          v.sheet_names, v.cell_refs, v.notes)
    WITH ORDINALITY AS u (indicator_code, value_number, approximate, usable, display_text, sheet_name, cell_ref, note,
                          place);
