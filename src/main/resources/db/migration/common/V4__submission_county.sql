-- The county a submission reports for, in a prefecture run (township names may repeat across counties).
-- NULL for a single county's submissions: those stored before this column existed, and every later one
-- of a single-county setup, so a county database keeps working unchanged.
ALTER TABLE submission ADD COLUMN county VARCHAR(100);
CREATE INDEX submission_county_year_ix ON submission (county, report_year, township);
