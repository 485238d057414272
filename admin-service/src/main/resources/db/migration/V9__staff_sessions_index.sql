-- Every signed-in staff session, so a member sees theirs and ends any of them, an administrator ends
-- all of a member's, and a changed password ends the others. The session itself stays in its store
-- (Redis); this is the index, by SHA-256 of the session id (the id is a credential, never stored here).
-- A session without a row here is signed out at its next request.
CREATE TABLE staff_session (
    id_hash        char(64)     PRIMARY KEY,
    staff_id       bigint       NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    started_at     timestamptz  NOT NULL DEFAULT now(),
    last_seen_at   timestamptz  NOT NULL DEFAULT now(),
    client_address varchar(64)  NOT NULL,
    user_agent     varchar(300) NOT NULL DEFAULT ''
);
CREATE INDEX staff_session_of_staff ON staff_session (staff_id);
