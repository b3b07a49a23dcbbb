/**
 * The document aggregate. Document is the root; Revision (immutable once published), Metryka,
 * Attachment, Withholding and Withdrawal belong to it.
 */
package pl.metryka.domain.model.document;
