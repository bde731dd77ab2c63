-- isActive(objectKey) asks whether an ACTIVE upload still writes to a key (before its objects are
-- swept); without this index that question scans every session ever opened.
CREATE INDEX ix_upload_sessions_object_key ON upload_sessions (object_key);
