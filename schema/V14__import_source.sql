-- Bulk import from another BIP: the identifier a document had in the system it came from.
-- Unique, so importing the same source twice never makes a second document (NULL for documents
-- made here; MariaDB allows any number of NULLs under a UNIQUE constraint).

ALTER TABLE document ADD COLUMN import_source VARCHAR(200) NULL;
ALTER TABLE document ADD CONSTRAINT uq_document_import_source UNIQUE (import_source);
