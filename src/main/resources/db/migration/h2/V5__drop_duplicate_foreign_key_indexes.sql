-- H2 gives every foreign key an index of its own (REPORTED_VALUE_SUBMISSION_FK_INDEX_…), so the explicit
-- indexes on the same column that V2 creates for PostgreSQL were a second copy: each stored value was
-- written to three trees instead of two, and committed three times over.
DROP INDEX IF EXISTS reported_value_submission_ix;
DROP INDEX IF EXISTS finding_submission_ix;
