// Sign in: Google where the server has a Google client, the dev-login form where dev login is on.
// The language picked here is the account's from then on, so the pages after sign-in speak the
// language the user just read.
import { api, clientConfig, signInAsDev } from './api.js';
import { fail, field, h } from './dom.js';
import { startGoogleSignIn } from './google.js';
import { lang, setLanguage, t } from './i18n.js';
import { session } from './session.js';

/** Keeps {@code user} signed in, speaking {@code locale}. */
export async function adopt(user, locale) {
  session.remember(user.locale === locale ? user : await api('PATCH', '/users/me', { locale }));
}

export async function renderSignIn(main, signedIn) {
  const email = h('input', { id: 'signin-email', type: 'email', autocomplete: 'email', required: true });
  const name = h('input', { id: 'signin-name', type: 'text', autocomplete: 'name' });
  const locale = h('select', { id: 'signin-locale', onchange: () => { setLanguage(locale.value); main.replaceChildren(); renderSignIn(main, signedIn); } },
    h('option', { value: 'en', selected: lang() === 'en' }, t('english')), h('option', { value: 'ko', selected: lang() === 'ko' }, t('korean')));
  const form = h('form', { id: 'signin-form', hidden: true, onsubmit: async (event) => {
    event.preventDefault();
    try {
      await adopt(await signInAsDev(email.value.trim(), name.value.trim()), locale.value);
      signedIn();
    } catch (e) {
      fail(e);
    }
  } }, h('fieldset', {}, h('legend', {}, t('devLogin')), field(t('email'), email), field(t('name'), name),
    h('button', { id: 'signin-submit', type: 'submit' }, t('signIn'))));
  const google = h('button', { id: 'signin-google', type: 'button', class: 'google', hidden: true }, t('signInWithGoogle'));
  const off = h('p', { id: 'signin-off', hidden: true }, t('noSignIn'));
  main.replaceChildren(h('section', { 'aria-labelledby': 'signin-title' }, h('h2', { id: 'signin-title' }, t('signInTitle')),
    field(t('language'), locale), google, form, off));
  try {
    const config = await clientConfig();
    form.hidden = !config.devLogin;
    google.hidden = !config.google;
    off.hidden = config.devLogin || Boolean(config.google);
    if (config.google) google.addEventListener('click', () => startGoogleSignIn(config.google, locale.value).catch(fail));
  } catch (e) {
    fail(e);
  }
}
