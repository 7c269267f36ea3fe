// Pairing a counter screen: counter staff ask for a short code for one channel, the screen types it in once
// and gets a `screen` key that may only subscribe to that channel. A code is short enough to type on a
// kiosk, so it is single-use and lives only minutes; its hash is kept, never the code.
import { createHash, randomInt } from 'node:crypto';
import type { CreatedApiKey } from './api-keys.js';
import { CHANNEL, insertApiKey } from './api-keys.js';
import { appendAudit } from './audit.js';
import { StoreError } from './errors.js';
import type { SqlClient } from './sql-client.js';

/** No 0/O, 1/I/L: the code is read off one screen and typed on another. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 8 characters of 31: about 2^39 codes; with the rate limit and the short life, guessing one is hopeless. */
const CODE_LENGTH = 8;
export const PAIRING_TTL_MS = 10 * 60_000;
const SCREEN_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,79}$/u;

export interface ScreenPairing {
  id: string;
  channel: string;
  screenName: string;
  /** Shown once, to the staff member who asked for it, as `XXXX-XXXX`. */
  code: string;
  expiresAt: Date;
}

export interface ScreenPairingRepository {
  create(input: { channel: string; screenName: string; actor: string }): Promise<ScreenPairing>;
  /** Uses up the code and returns the screen's new key; 'not_found' for an unknown, used or expired code. */
  redeem(code: string): Promise<CreatedApiKey>;
}

/** Upper case, without the dash or spaces a person may type. */
export function normalisePairingCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

function hashCode(code: string): string {
  return createHash('sha256').update(normalisePairingCode(code), 'utf8').digest('hex');
}

function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export function screenPairingRepository(sql: SqlClient): ScreenPairingRepository {
  return {
    async create({ channel, screenName, actor }) {
      if (!CHANNEL.test(channel)) throw new StoreError('invalid', 'channel: lower-case letters, digits, . _ -');
      if (!SCREEN_NAME.test(screenName)) throw new StoreError('invalid', 'screen name: 1–80 letters or digits');
      const code = newCode();
      const expiresAt = new Date(Date.now() + PAIRING_TTL_MS);
      return sql.transaction(async (tx) => {
        // Old codes are of no use to anyone; dropping them keeps the table small.
        await tx.query(`DELETE FROM screen_pairings WHERE expires_at < now() - interval '1 day' AND used_at IS NULL`);
        const { rows } = await tx.query<{ id: string }>(
          `INSERT INTO screen_pairings (channel, screen_name, code_hash, created_by, expires_at)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [channel, screenName, hashCode(code), actor, expiresAt],
        );
        const id = rows[0]!.id;
        await appendAudit(tx, {
          actor,
          action: 'screen_pairing.create',
          entity: 'screen_pairing',
          entityId: id,
          details: { channel },
        });
        return { id, channel, screenName, code, expiresAt };
      });
    },

    async redeem(code) {
      const normal = normalisePairingCode(code);
      if (normal.length !== CODE_LENGTH || [...normal].some((c) => !CODE_ALPHABET.includes(c))) {
        throw new StoreError('not_found', 'no such pairing code');
      }
      return sql.transaction(async (tx) => {
        // One UPDATE decides: two screens typing the same code at once cannot both win it.
        const { rows } = await tx.query<{ id: string; channel: string; screen_name: string; created_by: string }>(
          `UPDATE screen_pairings SET used_at = now()
           WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now()
           RETURNING id, channel, screen_name, created_by`,
          [hashCode(normal)],
        );
        const pairing = rows[0];
        if (!pairing) throw new StoreError('not_found', 'no such pairing code');
        const key = await insertApiKey(tx, {
          name: pairing.screen_name,
          role: 'screen',
          channel: pairing.channel,
          actor: pairing.created_by,
        });
        await tx.query('UPDATE screen_pairings SET key_id = $2 WHERE id = $1', [pairing.id, key.id]);
        await appendAudit(tx, {
          actor: pairing.screen_name,
          action: 'screen_pairing.redeem',
          entity: 'screen_pairing',
          entityId: pairing.id,
          details: { channel: pairing.channel, keyId: key.id },
        });
        return key;
      });
    },
  };
}
