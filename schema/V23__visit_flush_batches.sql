-- The visit counter's flush was not idempotent: when the answer to a COMMIT that had gone through
-- was lost (the server's pool closing the connection at shutdown, a network break after the commit),
-- the counter put the deltas back and the next flush added them again. CI saw it: 40 views counted
-- twice after a SIGTERM. Each flush now inserts its batch's id in the same transaction as its
-- "visits = visits + n" updates; a retry of the same batch finds its id and adds nothing. The rows
-- are only needed while an instance may still retry, and the application deletes those older than
-- a week.
CREATE TABLE visit_flush (
    batch_id   CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    written_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY ix_visit_flush_written_at (written_at)
) ENGINE = InnoDB;
