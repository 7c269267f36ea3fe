-- The store's first schema. Runs on PGlite (PostgreSQL 18) and on PostgreSQL 15 or newer, so it uses
-- nothing newer than PostgreSQL 15. Deleting a document removes everything derived from its text
-- (versions, proposals, edits, approvals, translation memory): a city hall must be able to erase a
-- text that turned out to hold personal data. The audit log keeps only ids and so stays.

-- Language tags in BCP 47 form as the platform uses them: 'de', 'en', 'de-x-ls' (Leichte Sprache),
-- 'gsg' (German Sign Language glosses).

CREATE TABLE documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL CONSTRAINT documents_slug_key UNIQUE
    CONSTRAINT documents_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
  format text NOT NULL CONSTRAINT documents_format_check CHECK (format IN ('text', 'html')),
  source text NOT NULL,
  source_version integer NOT NULL DEFAULT 1 CHECK (source_version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every source version ever saved, the current one included.
CREATE TABLE document_versions (
  document_id uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  source text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (document_id, version)
);

-- What the machine proposed for one target language of one source version.
-- sentences: [{ "source": text, "output": text, "engine": text, "confidence": number }]
CREATE TABLE proposals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id uuid NOT NULL,
  target text NOT NULL CHECK (target ~ '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$'),
  source_version integer NOT NULL,
  sentences jsonb NOT NULL CHECK (jsonb_typeof(sentences) = 'array'),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (document_id, source_version) REFERENCES document_versions (document_id, version) ON DELETE CASCADE,
  -- Lets edits and approvals name proposal, document and target together and have them agree.
  UNIQUE (id, document_id, target)
);
CREATE INDEX proposals_document_target_idx ON proposals (document_id, target, created_at);

-- One person's change to one sentence of a proposal.
CREATE TABLE edits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  proposal_id uuid NOT NULL,
  document_id uuid NOT NULL,
  target text NOT NULL,
  sentence_index integer NOT NULL CHECK (sentence_index >= 0),
  before text NOT NULL,
  after text NOT NULL,
  actor text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (proposal_id, document_id, target) REFERENCES proposals (id, document_id, target) ON DELETE CASCADE
);
CREATE INDEX edits_proposal_idx ON edits (proposal_id, at);

-- A person's approval of a (possibly edited) proposal for one target. It is outdated once the
-- document's source_version has moved past its own (see approval_states), and revoked when
-- revoked_by/revoked_at are set.
CREATE TABLE approvals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id uuid NOT NULL,
  target text NOT NULL,
  proposal_id uuid NOT NULL,
  source_version integer NOT NULL,
  content jsonb NOT NULL,
  approved_by text NOT NULL,
  approved_at timestamptz NOT NULL DEFAULT now(),
  revoked_by text,
  revoked_at timestamptz,
  CHECK ((revoked_by IS NULL) = (revoked_at IS NULL)),
  FOREIGN KEY (proposal_id, document_id, target) REFERENCES proposals (id, document_id, target) ON DELETE CASCADE,
  FOREIGN KEY (document_id, source_version) REFERENCES document_versions (document_id, version) ON DELETE CASCADE
);
-- At most one standing approval per document, target and source version.
CREATE UNIQUE INDEX approvals_standing_key ON approvals (document_id, target, source_version) WHERE revoked_at IS NULL;

CREATE VIEW approval_states AS
SELECT
  a.*,
  a.revoked_at IS NOT NULL AS revoked,
  a.source_version < d.source_version AS outdated
FROM approvals a
JOIN documents d ON d.id = a.document_id;

-- Approved sentence pairs. source_hash: sha256 (hex) of the normalised source sentence, computed by
-- the application (memory.ts), so lookups do not depend on a database function.
CREATE TABLE translation_memory (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  source_lang text NOT NULL CHECK (source_lang ~ '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$'),
  target text NOT NULL CHECK (target ~ '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$'),
  source_text text NOT NULL,
  source_hash text NOT NULL CHECK (source_hash ~ '^[0-9a-f]{64}$'),
  target_text text NOT NULL,
  approval_id uuid NOT NULL REFERENCES approvals (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- One pair per source sentence and approval (a sentence that repeats in a text is stored once).
  CONSTRAINT translation_memory_approval_source_key UNIQUE (approval_id, target, source_hash)
);
CREATE INDEX translation_memory_lookup_idx ON translation_memory (target, source_hash);

-- Who did what to which entity. details holds ids, targets and versions only, never text (see audit.ts).
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL CHECK (action ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)*$'),
  entity text NOT NULL CHECK (entity ~ '^[a-z][a-z_]*$'),
  entity_id text,
  details jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object')
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, id);

-- Append-only: any UPDATE, DELETE or TRUNCATE raises, even one that would touch no row. (A superuser
-- can still disable the trigger; on PostgreSQL run the service as a role that is not one.)
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- Keys for the HTTP API; only a hash of each token is kept.
CREATE TABLE api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('editor', 'reviewer', 'counter', 'admin')),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
