// JSON calls to the real service as a client makes them, with an optional bearer key: the tests of the
// review workflow and of its security boundaries share it.

export interface Reply<T> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export type ApiCall = <T = unknown>(method: string, path: string, options?: CallOptions) => Promise<Reply<T>>;

export function apiClient(base: string): ApiCall {
  return async <T = unknown>(method: string, path: string, options: CallOptions = {}): Promise<Reply<T>> => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(base + path, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
  };
}

/** An error answer's shape. */
export interface ErrorReply {
  error: { code: string; message: string; details?: unknown };
}
