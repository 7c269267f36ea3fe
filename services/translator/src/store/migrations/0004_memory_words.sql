-- The words of each translation memory source sentence, so that similar sentences (fuzzy matches) are found by
-- the words they share without reading the whole memory. Filled by the application (memory.ts), which also
-- indexes pairs stored before this table existed.
CREATE TABLE translation_memory_words (
  memory_id uuid NOT NULL REFERENCES translation_memory (id) ON DELETE CASCADE,
  target text NOT NULL,
  word text NOT NULL,
  PRIMARY KEY (memory_id, word)
);
CREATE INDEX translation_memory_words_lookup_idx ON translation_memory_words (target, word);
