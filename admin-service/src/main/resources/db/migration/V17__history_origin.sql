-- Where a recorded change came from, when it was not a plain edit: a revert to an earlier version, a
-- restore of a deleted object (origin_id: the history entry gone back to), a scheduled change
-- (origin_id: the schedule) or a CSV import (origin_id: the import). A table of its own rather than
-- columns of audit_entry: older admin-service builds insert into audit_entry with RETURNING * (the
-- driver's generated keys), and a changed row type would fail each of their cached statements once.
CREATE TABLE audit_origin (
    entry_id  bigint      PRIMARY KEY,
    origin    varchar(16) NOT NULL,
    origin_id bigint      NOT NULL,
    CONSTRAINT audit_origin_known CHECK (origin IN ('REVERT', 'RESTORE', 'SCHEDULE', 'IMPORT')),
    CONSTRAINT audit_origin_entry_fk FOREIGN KEY (entry_id) REFERENCES audit_entry (id) ON DELETE CASCADE
);
