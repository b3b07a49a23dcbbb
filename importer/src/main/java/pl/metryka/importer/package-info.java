/**
 * The bulk import command ({@code target/metryka-import.jar}): reads a folder exported from
 * another BIP (HTML or PDF files plus {@code metadane.csv}) and sends each document with its
 * whole history to {@code POST /api/v1/import/documents}, showing progress and writing a report.
 * A plain client of the API with no dependencies: nothing of the server is inside.
 */
package pl.metryka.importer;
