// Google sign-in for the web: OAuth's authorization code flow with PKCE. The browser goes to
// Google's page and comes back to / with ?code&state; the API trades the code, since it holds the
// client secret. The verifier and state wait in sessionStorage: this tab only, gone when it closes.
import { ApiError, signInWithGoogle } from './api.js';

const PENDING = 'haru.google';

function base64url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const randomText = (bytes) => base64url(crypto.getRandomValues(new Uint8Array(bytes)));

// Google compares it with the redirect URIs registered for the client, so it is the page's root.
const redirectUri = () => `${location.origin}/`;

/** Sends the browser to Google's sign-in page; {@code locale} is the language picked meanwhile. */
export async function startGoogleSignIn(google, locale) {
  const verifier = randomText(32);
  const state = randomText(16);
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, locale }));
  const url = new URL(google.authorizeUrl);
  url.search = new URLSearchParams({
    client_id: google.clientId, redirect_uri: redirectUri(), response_type: 'code', scope: 'openid email profile',
    code_challenge: challenge, code_challenge_method: 'S256', state, prompt: 'select_account',
  }).toString();
  location.assign(url);
}

/**
 * Finishes the sign-in when Google sent the browser back here: resolves to { user, locale }, or
 * null when this page load is not such a return. The code leaves the address bar either way.
 */
export async function finishGoogleSignIn() {
  const query = new URLSearchParams(location.search);
  if (!query.has('state')) return null;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', '/#/signin');
  // A state this tab did not send is someone else's sign-in pushed into this browser.
  if (!pending || query.get('state') !== pending.state) throw new ApiError(400, 'GOOGLE_AUTH_FAILED');
  if (query.has('error')) throw new ApiError(400, query.get('error') === 'access_denied' ? 'GOOGLE_CANCELLED' : 'GOOGLE_AUTH_FAILED');
  const user = await signInWithGoogle(query.get('code'), redirectUri(), pending.verifier);
  return { user, locale: pending.locale };
}
