-- Issue 14: wrong passwords are throttled per login name and source address, with growing delays
-- (domain LoginThrottle), instead of locking the account for everyone: a lock anyone could trigger
-- kept a clerk from work. One row per (name, source); the name is the lower-cased login name, known
-- account or not, so that throttling never tells whether an account exists.
CREATE TABLE login_throttle (
    name          VARCHAR(200) NOT NULL,
    source        VARCHAR(100) NOT NULL,
    failures      INT          NOT NULL DEFAULT 0,
    blocked_until DATETIME(6)  NULL,
    last_attempt  DATETIME(6)  NOT NULL,
    PRIMARY KEY (name, source),
    KEY ix_login_throttle_last_attempt (last_attempt)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

ALTER TABLE user_account DROP COLUMN failed_logins, DROP COLUMN locked_until;
