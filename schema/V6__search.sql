-- (numbered 6: it was written beside V5, and Flyway applies versions in order)
-- The search index (moduł wyszukujący). One row per public document (published or withdrawn),
-- rewritten in the same transaction as every public change; drafts are never here. It lives in
-- the database so that every application instance sees the same index.
--
-- The *_folded columns hold the text lower-cased with Polish diacritics removed (ą→a, ł→l, ...),
-- character for character, so a position in the folded text is the same position in the
-- original title/text; the original is kept for result snippets.
--
-- InnoDB FULLTEXT indexes only words of at least innodb_ft_min_token_size (default 3)
-- characters; the application matches shorter query words with LIKE instead.
CREATE TABLE search_entry (
    document_id  BIGINT       NOT NULL PRIMARY KEY,
    slug         VARCHAR(200) NOT NULL,
    title        VARCHAR(500) NOT NULL,
    title_folded VARCHAR(500) NOT NULL,
    text         MEDIUMTEXT   NOT NULL,
    text_folded  MEDIUMTEXT   NOT NULL,
    category_id  BIGINT       NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    archived     BOOLEAN      NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    changed_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_search_entry_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_search_entry_category FOREIGN KEY (category_id) REFERENCES category (id),
    FULLTEXT INDEX ft_search_entry (title_folded, text_folded),
    FULLTEXT INDEX ft_search_entry_title (title_folded),
    INDEX ix_search_entry_status (status, archived, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The plain text of a stored file (PDF, DOCX, ODT), extracted once when the file is stored.
-- A separate table because attachment_blob rows can never be updated.
CREATE TABLE attachment_text (
    sha256 CHAR(64)   NOT NULL PRIMARY KEY,
    text   MEDIUMTEXT NOT NULL,
    CONSTRAINT fk_attachment_text_blob FOREIGN KEY (sha256) REFERENCES attachment_blob (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
