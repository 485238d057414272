-- Where a recorded change came from, when it was not a plain edit: a revert to an earlier version, a
-- restore of a deleted object (origin_id: the history entry gone back to), a scheduled change
-- (origin_id: the schedule) or a CSV import (origin_id: the import). Expand only: older builds
-- neither write nor read these columns. The check is NOT VALID here (no scan under this ALTER's
-- exclusive lock) and validated by V18.
ALTER TABLE audit_entry
    ADD COLUMN origin    varchar(16),
    ADD COLUMN origin_id bigint;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_origin_known
    CHECK (origin IS NULL AND origin_id IS NULL
        OR origin IN ('REVERT', 'RESTORE', 'SCHEDULE', 'IMPORT') AND origin_id IS NOT NULL) NOT VALID;
