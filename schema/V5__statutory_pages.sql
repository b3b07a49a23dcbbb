-- The statutory pages of the strona podmiotowa (Redakcja, Instrukcja, Deklaracja dostępności, ...):
-- the text an administrator edits, stored as sanitized HTML; pages without a row show the default text.
CREATE TABLE statutory_page (
    slug       VARCHAR(100) NOT NULL PRIMARY KEY,
    title      VARCHAR(300) NOT NULL,
    body       MEDIUMTEXT   NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(200) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The editors named on the Redakcja page (§ 11 of the 2007 BIP regulation: name, phone, fax, e-mail).
CREATE TABLE editor_contact (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    full_name      VARCHAR(200) NOT NULL,
    position       VARCHAR(300) NULL,
    phone          VARCHAR(100) NULL,
    fax            VARCHAR(100) NULL,
    email          VARCHAR(200) NULL,
    position_order INT          NOT NULL DEFAULT 0,
    version        BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
