// Settings: time zone, the daily reminder and the language, saved to the account.
import { api } from './api.js';
import { fail, field, h, say } from './dom.js';
import { t } from './i18n.js';
import { session } from './session.js';

export async function renderSettings(main) {
  const user = await api('GET', '/users/me');
  session.remember(user);
  const zones = Intl.supportedValuesOf ? Intl.supportedValuesOf('timeZone') : [user.timezone];
  if (!zones.includes(user.timezone)) zones.unshift(user.timezone);
  const timezone = h('select', { id: 'settings-timezone' }, zones.map((zone) => h('option', { value: zone, selected: zone === user.timezone }, zone)));
  const reminderTime = h('input', { id: 'settings-reminder-time', type: 'time', value: user.reminderTime, required: true });
  const reminders = h('input', { id: 'settings-reminders', type: 'checkbox', checked: user.remindersEnabled });
  const locale = h('select', { id: 'settings-locale' },
    h('option', { value: 'en', selected: user.locale === 'en' }, t('english')), h('option', { value: 'ko', selected: user.locale === 'ko' }, t('korean')));
  const save = async (event) => {
    event.preventDefault();
    try {
      session.remember(await api('PATCH', '/users/me', { timezone: timezone.value, reminderTime: reminderTime.value, remindersEnabled: reminders.checked, locale: locale.value }));
      window.dispatchEvent(new Event('haru:user'));
      await renderSettings(main);
      say(t('saved'));
    } catch (e) { fail(e); }
  };
  main.replaceChildren(h('section', { 'aria-labelledby': 'settings-title' }, h('h2', { id: 'settings-title' }, t('settings')),
    h('form', { onsubmit: save }, field(t('timezone'), timezone), field(t('reminderTime'), reminderTime),
      h('div', { class: 'field check' }, reminders, h('label', { for: 'settings-reminders' }, t('reminders'))),
      field(t('language'), locale), h('button', { id: 'settings-save', type: 'submit' }, t('save')))));
}
