-- The targets a document is proposed and reviewed in ('de-x-ls', 'gsg', 'en', …), chosen when it is
-- created. A JSON array of BCP 47 tags; the application checks the tags against the engines it has.
ALTER TABLE documents ADD COLUMN targets jsonb NOT NULL DEFAULT '[]'
  CONSTRAINT documents_targets_check CHECK (jsonb_typeof(targets) = 'array');

-- Looking up a proposal's edits and a target's approvals newest first.
CREATE INDEX approvals_document_target_idx ON approvals (document_id, target, approved_at);
