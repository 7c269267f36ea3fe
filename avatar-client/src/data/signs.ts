import type { SignEntry } from '@bbs/protocol';

// The sign lexicon, bundled at build time from gloss-dictionary/signs (one small JSON file per sign). The
// service has no endpoint listing signs; the gallery shows this copy and asks the service for the timelines.
const files = import.meta.glob<SignEntry>('../../../gloss-dictionary/signs/*.json', { eager: true, import: 'default' });

export const SIGNS: readonly SignEntry[] = Object.values(files).sort((a, b) => a.id.localeCompare(b.id, 'de'));
