import { ManualSystemSchema, type ManualSystem } from '@bbs/protocol';

/** A manual alphabet or number system for timeline tests: each symbol its own `fs-…` hand, Z with a stroke. */
export const manualSystem = (kind: ManualSystem['kind'], symbols: string[]): ManualSystem =>
  ManualSystemSchema.parse({
    kind,
    location: { site: 'neutral', side: 'dominant', height: 'shoulder' },
    symbols: symbols.map((symbol) => ({
      symbol,
      handshape: `fs-${symbol.toLowerCase()}`,
      palm: 'away',
      fingers: 'up',
      duration: 0.3,
      ...(symbol === 'Z' ? { movement: { type: 'directed', direction: 'down' } } : {}),
    })),
    source: { kind: 'project', by: 'Testdaten' },
  });
