import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiProblem, STAFF_TOKEN_KEY } from '../net/service.js';

export interface StaffSignIn<A> {
  /** The key as typed (or as this tab stored it). */
  token: string;
  setToken(token: string): void;
  /** The client for the service's staff routes, once the service accepted the key. */
  api: A | null;
  status: string;
  setStatus(status: string): void;
  signIn(): Promise<void>;
  signOut(): void;
}

/**
 * Sign-in with a staff access key, as the editor page and the gallery do it: `check` asks the service once
 * with the new client; when it answers, the key is kept in sessionStorage (gone when the tab closes) and
 * `api` is set. A key this tab stored earlier signs in by itself when the page opens.
 */
export function useStaffSignIn<A>(make: (token: string) => A, check: (api: A) => Promise<unknown>): StaffSignIn<A> {
  const [token, setToken] = useState(() => sessionStorage.getItem(STAFF_TOKEN_KEY) ?? '');
  const [api, setApi] = useState<A | null>(null);
  const [status, setStatus] = useState('');
  const latest = useRef({ make, check, token });
  latest.current = { make, check, token };

  const signIn = async () => {
    const key = latest.current.token.trim();
    if (!key) return;
    const client = latest.current.make(key);
    try {
      await latest.current.check(client);
      sessionStorage.setItem(STAFF_TOKEN_KEY, key);
      setApi(client);
      setStatus('Angemeldet.');
    } catch (err) {
      setApi(null);
      setStatus(
        err instanceof ApiProblem && (err.status === 401 || err.status === 403)
          ? 'Der Zugangsschlüssel gilt nicht.'
          : `Anmeldung nicht möglich: ${(err as Error).message}`,
      );
    }
  };

  const signOut = () => {
    sessionStorage.removeItem(STAFF_TOKEN_KEY);
    setApi(null);
    setToken('');
    setStatus('Abgemeldet.');
  };

  useEffect(() => {
    if (latest.current.token) void signIn();
    // Once, with the key this tab stored.
  }, []);

  return { token, setToken, api, status, setStatus, signIn, signOut };
}

/** The sign-in form: one labelled password field for the access key and a submit button. */
export function SignInForm({
  signIn,
  id = 'token',
  className = 'card',
}: {
  signIn: Pick<StaffSignIn<unknown>, 'token' | 'setToken' | 'signIn'>;
  id?: string;
  className?: string;
}) {
  return (
    <form
      className={className}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void signIn.signIn();
      }}
    >
      <label htmlFor={id}>Zugangsschlüssel</label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        required
        value={signIn.token}
        onChange={(e) => signIn.setToken(e.target.value)}
      />
      <p className="hint">Den Schlüssel bekommen Sie von der Administration. Er bleibt nur in diesem Tab.</p>
      <button type="submit">Anmelden</button>
    </form>
  );
}
