// Sign in: the dev-login form where the API has it switched on. The language picked here is the
// account's from then on, so the pages after sign-in speak the language the user just read.
import { api, devLoginAvailable, signInAsDev } from './api.js';
import { fail, field, h } from './dom.js';
import { lang, setLanguage, t } from './i18n.js';
import { session } from './session.js';

export async function renderSignIn(main, signedIn) {
  const email = h('input', { id: 'signin-email', type: 'email', autocomplete: 'email', required: true });
  const name = h('input', { id: 'signin-name', type: 'text', autocomplete: 'name' });
  const locale = h('select', { id: 'signin-locale', onchange: () => { setLanguage(locale.value); main.replaceChildren(); renderSignIn(main, signedIn); } },
    h('option', { value: 'en', selected: lang() === 'en' }, t('english')), h('option', { value: 'ko', selected: lang() === 'ko' }, t('korean')));
  const form = h('form', { id: 'signin-form', hidden: true, onsubmit: async (event) => {
    event.preventDefault();
    try {
      const user = await signInAsDev(email.value.trim(), name.value.trim());
      session.remember(user.locale === locale.value ? user : await api('PATCH', '/users/me', { locale: locale.value }));
      signedIn();
    } catch (e) {
      fail(e);
    }
  } }, field(t('email'), email), field(t('name'), name), field(t('language'), locale),
  h('button', { id: 'signin-submit', type: 'submit' }, t('signIn')));
  const off = h('p', { id: 'signin-off', hidden: true }, t('devLoginOff'));
  main.replaceChildren(h('section', { 'aria-labelledby': 'signin-title' }, h('h2', { id: 'signin-title' }, t('signInTitle')), form, off,
    h('p', { class: 'hint' }, t('google'))));
  try {
    const available = await devLoginAvailable();
    form.hidden = !available;
    off.hidden = available;
  } catch (e) {
    fail(e);
  }
}
