// The web client: a hash router over the pages, a shell with the navigation, and resuming an
// interrupted upload whenever the client starts signed in.
import { api, signOut, tokens } from './api.js';
import { clearMessages, fail, h } from './dom.js';
import { setLanguage, t } from './i18n.js';
import { session } from './session.js';
import { adopt, renderSignIn } from './signin.js';
import { finishGoogleSignIn } from './google.js';
import { renderCalendar } from './calendar.js';
import { renderDay } from './day.js';
import { renderUpload } from './upload-page.js';
import { renderSettings } from './settings.js';
import { resumeRecording } from './uploader.js';

const PAGES = [
  [/^#\/calendar(?:\/(\d{4}-\d{2}))?$/, renderCalendar],
  [/^#\/day\/(\d{4}-\d{2}-\d{2})$/, renderDay],
  [/^#\/upload(?:\/(\d{4}-\d{2}-\d{2}))?$/, renderUpload],
  [/^#\/settings$/, renderSettings],
];

function drawNav() {
  const nav = document.getElementById('nav');
  nav.hidden = !session.signedIn();
  document.getElementById('app-title').textContent = t('app');
  document.title = t('app');
  nav.replaceChildren(
    h('a', { href: '#/calendar' }, t('calendar')),
    h('a', { href: '#/upload' }, t('upload')),
    h('a', { href: '#/settings' }, t('settings')),
    h('button', { id: 'signout', type: 'button', onclick: async () => { await signOut(); session.forget(); location.hash = '#/signin'; route(); } }, t('signOut')),
  );
}

export function route() {
  drawNav();
  // Each page draws into a container of its own: a page still loading when the user moves on
  // fills a detached one (and sees it is no longer connected) instead of covering the next page.
  const view = h('div', { class: 'view' });
  document.getElementById('app').replaceChildren(view);
  if (!session.signedIn()) {
    if (location.hash !== '#/signin') history.replaceState(null, '', '#/signin');
    renderSignIn(view, () => { location.hash = '#/calendar'; });
    return;
  }
  const match = PAGES.map(([pattern, render]) => [location.hash.match(pattern), render]).find(([found]) => found);
  if (!match) {
    history.replaceState(null, '', '#/calendar');
    return route();
  }
  clearMessages();
  const [found, render] = match;
  render(view, found[1]).catch(fail);
}

async function start() {
  if (session.user) setLanguage(session.user.locale);
  window.addEventListener('hashchange', route);
  window.addEventListener('haru:user', drawNav);
  window.addEventListener('haru:signed-out', (event) => {
    session.forget();
    location.hash = '#/signin';
    route();
    fail(event.detail);
  });
  try {
    const google = await finishGoogleSignIn();
    if (google) {
      await adopt(google.user, google.locale);
      history.replaceState(null, '', '/#/calendar');
    }
  } catch (e) {
    fail(e);
  }
  if (tokens.get()) {
    try {
      session.remember(await api('GET', '/users/me'));
    } catch (e) {
      if (session.signedIn()) fail(e); // else the login was over and the sign-in page says so
    }
  }
  route();
  if (session.signedIn()) resumeRecording().catch(fail);
}

start();
