import type { SignEntry } from '@bbs/protocol';

// The sign lexicon, bundled at build time from gloss-dictionary/signs (one small JSON file per sign). The
// gallery shows this copy until the service's GET /v1/lexicon/signs (with reviewers' decisions) answers.
const files = import.meta.glob<SignEntry>('../../../gloss-dictionary/signs/*.json', { eager: true, import: 'default' });

export const SIGNS: readonly SignEntry[] = Object.values(files).sort((a, b) => a.id.localeCompare(b.id, 'de'));
