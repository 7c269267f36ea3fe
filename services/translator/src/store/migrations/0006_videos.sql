-- A human interpreter's DGS video for a document, with optional WebVTT captions. One video per document:
-- a new upload replaces the old one, bytes and all, so the database does not keep every take (a video is
-- tens of megabytes) and an interpreter's recording can be erased. The audit log keeps ids and hashes.
--
-- The bytes live in the database (bytea), not in DATA_DIR, so PGlite and PostgreSQL behave the same and a
-- database backup holds everything. The service caps the size (VIDEO_MAX_BYTES).
CREATE TABLE document_videos (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id uuid NOT NULL CONSTRAINT document_videos_document_key UNIQUE,
  -- The source version current when it was uploaded (what it was made for).
  source_version integer NOT NULL,
  mime_type text NOT NULL CHECK (mime_type IN ('video/mp4', 'video/webm')),
  byte_size integer NOT NULL CHECK (byte_size > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bytea NOT NULL,
  uploaded_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  captions text,
  captions_sha256 text CHECK (captions_sha256 ~ '^[0-9a-f]{64}$'),
  captions_by text,
  captions_at timestamptz,
  -- The approval: who confirmed that this video (and its captions) sign the document's text as of
  -- approved_source_version. New captions clear it; revoking keeps who approved and adds who revoked.
  approved_by text,
  approved_at timestamptz,
  approved_source_version integer,
  revoked_by text,
  revoked_at timestamptz,
  CHECK (octet_length(bytes) = byte_size),
  CHECK ((captions IS NULL) = (captions_sha256 IS NULL) AND (captions IS NULL) = (captions_at IS NULL)),
  CHECK ((captions_by IS NULL) = (captions_at IS NULL)),
  CHECK ((approved_by IS NULL) = (approved_at IS NULL) AND (approved_at IS NULL) = (approved_source_version IS NULL)),
  CHECK ((revoked_by IS NULL) = (revoked_at IS NULL)),
  CHECK (revoked_at IS NULL OR approved_at IS NOT NULL),
  FOREIGN KEY (document_id, source_version) REFERENCES document_versions (document_id, version) ON DELETE CASCADE,
  FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE
);

-- Video is compressed already: storing it uncompressed lets `substring` read a byte range without
-- decompressing the whole value (range requests of the player).
ALTER TABLE document_videos ALTER COLUMN bytes SET STORAGE EXTERNAL;
