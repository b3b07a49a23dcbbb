-- Issue 12, metryka made complete.
-- 1. Art. 8 ust. 5 udip: a withholding also names the podmiot in whose interest it was made.
--    NULL for withholdings published before; required for new ones (checked by the application).
-- 2. A revision imported from a former BIP keeps the moment that BIP published it; the revision's
--    published_at is the moment this bulletin published it (the import). NULL for revisions made here.
-- Both are new nullable columns: no published row is touched, so the immutability triggers and every
-- existing content hash are unaffected (the canonical form includes them only when non-null).

ALTER TABLE revision ADD COLUMN withheld_in_interest_of VARCHAR(300) NULL;
ALTER TABLE revision ADD COLUMN published_elsewhere_at DATETIME(6) NULL;
