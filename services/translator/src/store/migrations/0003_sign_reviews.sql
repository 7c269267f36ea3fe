-- Signing reviewers' decisions on sign lexicon entries: an approval, or a corrected form. Each row holds the
-- whole entry as it stands after the decision (validated by the application against the lexicon schema); the
-- newest row per gloss is the one in force, older rows are the sign's review history. The lexicon files in
-- gloss-dictionary/ stay as they were shipped; the service lays these rows over them.
CREATE TABLE sign_reviews (
  id bigserial PRIMARY KEY,
  gloss text NOT NULL CHECK (gloss ~ '^[A-ZÄÖÜ0-9][A-ZÄÖÜ0-9-]*$'),
  action text NOT NULL CHECK (action IN ('approve', 'correct')),
  entry jsonb NOT NULL CHECK (jsonb_typeof(entry) = 'object'),
  reviewer text NOT NULL,
  reviewed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_reviews_gloss_idx ON sign_reviews (gloss, id);
