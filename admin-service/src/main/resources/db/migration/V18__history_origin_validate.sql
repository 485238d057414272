-- V17's rule for history origins holds for the rows already there (they have none). VALIDATE scans
-- under SHARE UPDATE EXCLUSIVE: the history is written meanwhile.
ALTER TABLE audit_entry VALIDATE CONSTRAINT audit_entry_origin_known;
