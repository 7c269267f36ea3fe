-- Editors' additions and corrections to the glossary of hard words that Leichte Sprache and Einfache Sprache
-- explain. Each row holds the whole term as it stands after the change (validated by the application against
-- GlossaryTermSchema), or marks the term as removed; the newest row per term is the one in force, older rows are
-- its history. The shipped file services/language/data/glossary-de.json stays as it is; the service lays these
-- rows over it.
CREATE TABLE glossary_terms (
  id bigserial PRIMARY KEY,
  term_key text NOT NULL CHECK (term_key <> '' AND term_key = lower(term_key)),
  action text NOT NULL CHECK (action IN ('set', 'remove')),
  entry jsonb CHECK (entry IS NULL OR jsonb_typeof(entry) = 'object'),
  editor text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((action = 'set') = (entry IS NOT NULL))
);
CREATE INDEX glossary_terms_key_idx ON glossary_terms (term_key, id);
