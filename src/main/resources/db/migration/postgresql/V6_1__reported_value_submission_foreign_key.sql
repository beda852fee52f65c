-- PostgreSQL makes no index of its own for a foreign key, so it keeps the one V6 dropped with the old table.
ALTER TABLE reported_value ADD CONSTRAINT reported_value_submission_fk FOREIGN KEY (submission_id) REFERENCES submission (id);
