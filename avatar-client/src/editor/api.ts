import type {
  DocumentHistory,
  DocumentList,
  DocumentView,
  GlossaryTermInput,
  GlossaryTermView,
  TargetState,
} from '@bbs/protocol';
import { serviceRequest, serviceRoot } from '../net/service.js';
import { VideoApi } from './video-api.js';

export { ApiProblem } from '../net/service.js';

/** The proposal revision a person has on screen. */
export type SeenRevision = Pick<NonNullable<TargetState['proposal']>, 'id' | 'contentHash'>;

/** The review routes of the service, with the editor's key. */
export class ReviewApi {
  constructor(private readonly token: string) {}

  private request<T>(method: string, path: string, body?: unknown): Promise<T> {
    return serviceRequest<T>(this.token, method, path, body);
  }

  list = () => this.request<DocumentList>('GET', '/v1/documents');
  get = (id: string) => this.request<DocumentView>('GET', `/v1/documents/${id}`);
  history = (id: string) => this.request<DocumentHistory>('GET', `/v1/documents/${id}/history`);
  create = (body: { slug: string; source: string; targets: string[] }) =>
    this.request<DocumentView>('POST', '/v1/documents', body);
  updateSource = (id: string, source: string) => this.request<DocumentView>('PUT', `/v1/documents/${id}`, { source });
  /** Saves sentence edits on top of the revision the editor saw (`seen`); a newer one is refused (409). */
  edit = (id: string, target: string, seen: SeenRevision, sentences: { index: number; output: string }[]) =>
    this.request<TargetState>('PUT', `/v1/documents/${id}/targets/${target}`, {
      proposalId: seen.id,
      contentHash: seen.contentHash,
      sentences,
    });
  /** Approves exactly the revision the reviewer read; anything changed since answers 409 STALE_REVISION. */
  approve = (id: string, target: string, seen: SeenRevision) =>
    this.request<TargetState>('POST', `/v1/documents/${id}/targets/${target}/approve`, {
      proposalId: seen.id,
      contentHash: seen.contentHash,
    });
  revoke = (id: string, target: string) =>
    this.request<TargetState>('POST', `/v1/documents/${id}/targets/${target}/revoke`, {});

  /** The glossary of hard words in force, and editors' changes to it. */
  glossary = () => this.request<{ terms: GlossaryTermView[] }>('GET', '/v1/glossary');
  saveTerm = (term: GlossaryTermInput) =>
    this.request<GlossaryTermView>('PUT', `/v1/glossary/${encodeURIComponent(term.term)}`, term);
  removeTerm = (term: string) => this.request<void>('DELETE', `/v1/glossary/${encodeURIComponent(term)}`);

  private videoApi: VideoApi | undefined;
  /** The documents' interpreter videos, with the same key. */
  get videos(): VideoApi {
    return (this.videoApi ??= new VideoApi(this.token));
  }
}

export interface LanguageOption {
  code: string;
  name: string;
  /** The language's name in itself (`العربية`), from the service. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

/** The targets this installation serves (public route). */
export async function fetchLanguages(): Promise<LanguageOption[]> {
  const res = await fetch(new URL('v1/languages', serviceRoot()));
  if (!res.ok) return [];
  return ((await res.json()) as { languages: LanguageOption[] }).languages;
}
