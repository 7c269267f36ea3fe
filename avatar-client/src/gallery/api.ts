import type { SignEntry, Timeline } from '@bbs/protocol';
import { ApiProblem, serviceRequest } from '../net/service.js';

export interface SignReviewRecord {
  action: 'approve' | 'correct';
  reviewer: string;
  reviewedAt: string;
  entry: SignEntry;
}

/** The lexicon as the service has it in force: shipped entries with reviewers' decisions laid over (public). */
export async function fetchLexicon(): Promise<SignEntry[]> {
  return (await serviceRequest<{ signs: SignEntry[] }>(null, 'GET', '/v1/lexicon/signs')).signs;
}

/** The service's compiled timeline of one lexicon sign, as it signs it now (public). */
export async function fetchSignTimeline(id: string): Promise<Timeline> {
  return (await serviceRequest<{ timeline: Timeline }>(null, 'POST', '/v1/sign', { glosses: [id] })).timeline;
}

/** Signing reviewers' routes of the lexicon, with the key of this tab. */
export class LexiconApi {
  constructor(private readonly token: string) {}

  /** Whether the service takes the key: any staff key may read a sign's history (an unknown sign is fine). */
  async check(id: string): Promise<void> {
    try {
      await this.history(id);
    } catch (err) {
      if (!(err instanceof ApiProblem && err.status === 404)) throw err;
    }
  }

  history = async (id: string) =>
    (
      await serviceRequest<{ reviews: SignReviewRecord[] }>(
        this.token,
        'GET',
        `/v1/lexicon/signs/${encodeURIComponent(id)}/history`,
      )
    ).reviews;
  approve = (id: string) =>
    serviceRequest<SignEntry>(this.token, 'POST', `/v1/lexicon/signs/${encodeURIComponent(id)}/approve`);
  correct = (entry: SignEntry, approve: boolean) =>
    serviceRequest<SignEntry>(this.token, 'PUT', `/v1/lexicon/signs/${encodeURIComponent(entry.id)}`, {
      entry,
      approve,
    });
}
