-- A description for each attachment; for images it is the alternative text (WCAG 1.1.1).
ALTER TABLE attachment ADD COLUMN description VARCHAR(500) NULL AFTER sha256;
