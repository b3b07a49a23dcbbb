/**
 * PDF of one document version (OpenPDF): title, body, attachments, metryka and change register,
 * with an embedded DejaVu Sans so Polish diacritics print and copy exactly, and the audit log
 * export. Both are tagged (PDF/UA-1) and archival (PDF/A-2a), laid out by {@code TaggedPdf}. No
 * encryption and no permission restrictions; nothing outside the input is ever fetched.
 */
package pl.metryka.infrastructure.pdf;
