-- Administration (back office, issue 6): a password set by an administrator must be changed by
-- its owner at the next login; the podmiot's ePUAP inbox; former addresses of renamed categories,
-- so /kategoria/{old} keeps working (it redirects to the current address).
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE podmiot ADD COLUMN epuap VARCHAR(200) NULL;

CREATE TABLE category_former_slug (
    slug        VARCHAR(200) NOT NULL PRIMARY KEY,
    category_id BIGINT       NOT NULL,
    replaced_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_category_former_slug_category FOREIGN KEY (category_id) REFERENCES category (id),
    INDEX ix_category_former_slug_category (category_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
