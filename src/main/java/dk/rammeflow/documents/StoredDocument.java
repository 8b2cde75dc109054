package dk.rammeflow.documents;

import java.time.Instant;

/** A document kept by {@link DocumentStore}: the metadata, the content is read by id. */
public record StoredDocument(String id, String fileName, String contentType, long size, Instant storedAt) {}
