-- One row per kind of run. A run holds its row locked (SELECT ... FOR UPDATE) on a connection of its
-- own for as long as it runs; the lock goes with the connection, so a killed process leaves none behind.
CREATE TABLE run_lock (
    name VARCHAR(50) NOT NULL PRIMARY KEY
);
INSERT INTO run_lock (name) VALUES ('ingest');
