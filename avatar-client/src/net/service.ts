// The service's staff routes from the browser: its address next to the client, the access key of this tab,
// and its error answers with their German messages. Shared by the editor page and the gallery.

/** An error answer of the service, with its German message. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** What the service said in `error.details` (for VALIDATION_FAILED: `[{ path, message }]`). */
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** The service's root: the client is served at `<root>/app/`. */
export const serviceRoot = (): URL => new URL('../', new URL(import.meta.env.BASE_URL, location.href));

/**
 * The staff key of this tab (editors and signing reviewers). It stays in sessionStorage: gone when the tab
 * closes, shared by the pages of one tab (editor and gallery).
 */
export const STAFF_TOKEN_KEY = 'bbs.editor.token';

/**
 * One call to the service: JSON in and out, German messages, the key as bearer token when there is one.
 * An error answer becomes an `ApiProblem` with the service's message.
 */
export async function serviceRequest<T>(
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(new URL(path.replace(/^\//, ''), serviceRoot()), {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      'Accept-Language': 'de',
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const payload = (await res.json().catch(() => undefined)) as
    { error?: { code: string; message: string; details?: unknown } } | undefined;
  if (!res.ok) {
    throw new ApiProblem(
      res.status,
      payload?.error?.code ?? 'HTTP',
      payload?.error?.message ?? `Der Dienst antwortet mit ${res.status}.`,
      payload?.error?.details,
    );
  }
  return payload as T;
}

/** What a failed call says to the user: the service's own message, else what went wrong. */
export function problemMessage(err: unknown, prefix = 'Das hat nicht geklappt'): string {
  return err instanceof ApiProblem ? err.message : `${prefix}: ${(err as Error).message}`;
}
