-- Statutory pages that hold (issue 16): the accessibility statement as the administrator states it
-- (conditions v2.0 of 31 July 2024), the podmiot's e-Doręczenia address, and the uploaded BIP logo.

-- One statement per bulletin (id is always 1); without a row the public page shows the defaults.
CREATE TABLE accessibility_statement (
    id                   TINYINT      NOT NULL PRIMARY KEY,
    status               VARCHAR(20)  NOT NULL,
    inaccessible         MEDIUMTEXT   NULL,
    published_on         DATE         NOT NULL,
    updated_on           DATE         NOT NULL,
    prepared_on          DATE         NOT NULL,
    reviewed_on          DATE         NULL,
    assessment           VARCHAR(20)  NOT NULL,
    auditor              VARCHAR(300) NULL,
    burden               MEDIUMTEXT   NULL,
    coordinator_name     VARCHAR(200) NOT NULL,
    coordinator_email    VARCHAR(200) NOT NULL,
    coordinator_phone    VARCHAR(100) NOT NULL,
    architecture         MEDIUMTEXT   NOT NULL,
    communication        MEDIUMTEXT   NOT NULL,
    apps                 MEDIUMTEXT   NULL,
    updated_at           DATETIME(6)  NOT NULL,
    updated_by           VARCHAR(200) NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_accessibility_statement_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The adres do doręczeń elektronicznych (AE:PL-XXXXX-XXXXX-XXXXX-XX).
ALTER TABLE podmiot ADD COLUMN ade VARCHAR(40) NULL;

-- The official BIP logo uploaded by the administrator; without a row the drawn placeholder is shown.
CREATE TABLE bip_logo (
    id          TINYINT      NOT NULL PRIMARY KEY,
    media_type  VARCHAR(50)  NOT NULL,
    content     MEDIUMBLOB   NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    uploaded_by VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_bip_logo_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
