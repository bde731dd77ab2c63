// The API as the client sees it: bearer tokens kept in localStorage, one refresh on an expired
// access token, problem+json turned into ApiError carrying the problem's code.
const TOKENS = 'haru.tokens';

export class ApiError extends Error {
  constructor(status, code, detail) {
    super(detail || code);
    this.status = status;
    this.code = code;
  }
}

export const tokens = {
  get: () => JSON.parse(localStorage.getItem(TOKENS) || 'null'),
  set: (pair) => localStorage.setItem(TOKENS, JSON.stringify({ accessToken: pair.accessToken, refreshToken: pair.refreshToken })),
  clear: () => localStorage.removeItem(TOKENS),
};

let refreshing = null;

async function refresh() {
  const current = tokens.get();
  if (!current) throw new ApiError(401, 'INVALID_TOKEN');
  // One refresh at a time: a spent refresh token presented twice would end the login.
  refreshing ??= send('POST', '/auth/refresh', { refreshToken: current.refreshToken }, false)
    .then((pair) => tokens.set(pair))
    .finally(() => { refreshing = null; });
  return refreshing;
}

async function send(method, path, body, authorized = true) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const pair = tokens.get();
  if (authorized && pair) headers.Authorization = `Bearer ${pair.accessToken}`;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 204) return null;
  const json = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, json?.code || 'INTERNAL_ERROR', json?.detail);
  return json;
}

// Answers that end this browser's login (signed out elsewhere, the account deleted from the phone):
// the client forgets it and goes to the sign-in page, saying why.
const LOGIN_OVER = new Set(['INVALID_TOKEN', 'INVALID_REFRESH_TOKEN', 'USER_NOT_FOUND']);

/** Calls the API, refreshing the login once when the access token has expired. */
export async function api(method, path, body) {
  try {
    return await sendRefreshingOnce(method, path, body);
  } catch (e) {
    if (e instanceof ApiError && LOGIN_OVER.has(e.code) && tokens.get()) {
      tokens.clear();
      window.dispatchEvent(new CustomEvent('haru:signed-out', { detail: e }));
    }
    throw e;
  }
}

async function sendRefreshingOnce(method, path, body) {
  try {
    return await send(method, path, body);
  } catch (e) {
    if (!(e instanceof ApiError) || e.code !== 'TOKEN_EXPIRED') throw e;
    await refresh();
    return send(method, path, body);
  }
}

async function signIn(path, body) {
  const answer = await send('POST', path, { ...body, platform: 'WEB' }, false);
  tokens.set(answer);
  return answer.user;
}

export const signInAsDev = (email, name) => signIn('/auth/dev', { email, name: name || undefined });

export const signInWithGoogle = (code, redirectUri, codeVerifier) => signIn('/auth/google', { code, redirectUri, codeVerifier });

/** What this server offers before sign-in: { devLogin, google: { clientId, authorizeUrl } | null }. */
export async function clientConfig() {
  const response = await fetch('/app/config.json');
  if (!response.ok) throw new ApiError(response.status, 'INTERNAL_ERROR');
  return response.json();
}

export async function signOut() {
  const pair = tokens.get();
  tokens.clear();
  if (pair) await send('POST', '/auth/logout', { refreshToken: pair.refreshToken }, false).catch(() => {});
}
