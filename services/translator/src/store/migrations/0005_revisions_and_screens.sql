-- What a reviewer approves is what is published: an approval records the revision of the proposal the
-- reviewer read (1 = the machine's sentences, +1 per sentence edit) and the sha256 of that content. Approvals
-- made before this migration have neither.
ALTER TABLE approvals ADD COLUMN revision integer CHECK (revision >= 1);
ALTER TABLE approvals ADD COLUMN content_hash text CHECK (content_hash ~ '^[0-9a-f]{64}$');

-- `a.*` in a view is expanded when the view is made, so the view is made again to show the new columns.
DROP VIEW approval_states;
CREATE VIEW approval_states AS
SELECT
  a.*,
  a.revoked_at IS NOT NULL AS revoked,
  a.source_version < d.source_version AS outdated
FROM approvals a
JOIN documents d ON d.id = a.document_id;

-- Counter screens: a `screen` key may only subscribe to its one channel. Counter staff pair a screen with a
-- short-lived, single-use code; only hashes of codes and keys are kept.
ALTER TABLE api_keys DROP CONSTRAINT api_keys_role_check;
ALTER TABLE api_keys ADD CONSTRAINT api_keys_role_check
  CHECK (role IN ('editor', 'reviewer', 'counter', 'screen', 'admin'));
ALTER TABLE api_keys ADD COLUMN channel text
  CONSTRAINT api_keys_channel_check CHECK (channel ~ '^[a-z0-9][a-z0-9._-]{0,63}$');
ALTER TABLE api_keys ADD CONSTRAINT api_keys_screen_channel_check CHECK ((role = 'screen') = (channel IS NOT NULL));

CREATE TABLE screen_pairings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  channel text NOT NULL CHECK (channel ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
  screen_name text NOT NULL,
  code_hash text NOT NULL CONSTRAINT screen_pairings_code_key UNIQUE,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  key_id uuid REFERENCES api_keys (id)
);
