package dk.rammeflow.documents;

import java.time.Instant;

/**
 * A document kept by {@link DocumentStore}: the metadata, the content is read by id.
 *
 * @param uploadedBy the login of who uploaded it through the API; null for documents the system stored
 */
public record StoredDocument(String id, String fileName, String contentType, long size, Instant storedAt, String uploadedBy) {}
