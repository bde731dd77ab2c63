// A day's share links: make one for a chosen lifetime, copy its url, revoke it.
import { api } from './api.js';
import { fail, field, h, say } from './dom.js';
import { lang, t } from './i18n.js';

export async function renderShares(section, videoId, hours) {
  const lasts = h('select', { id: 'share-hours' }, hours.map((n) => h('option', { value: n, selected: n === 168 }, t('hours', n))));
  const list = h('ul', { id: 'shares' });
  const draw = async () => {
    const { shares } = await api('GET', `/videos/${videoId}/shares`);
    list.replaceChildren(...shares.map((share) => item(share, draw)));
  };
  const create = h('button', { id: 'share-create', type: 'button', onclick: async () => {
    try {
      await api('POST', `/videos/${videoId}/shares`, { expiresInHours: Number(lasts.value) });
      await draw();
      list.querySelector('.share-url')?.focus();
    } catch (e) { fail(e); }
  } }, t('createShare'));
  section.append(h('div', { class: 'inline' }, field(t('linkLasts'), lasts), create), list);
  await draw();
}

function item(share, redraw) {
  const url = h('input', { id: `share-url-${share.shareId}`, class: 'share-url', type: 'text', readonly: true, value: share.url });
  const until = new Date(share.expiresAt).toLocaleString(lang() === 'ko' ? 'ko-KR' : 'en-US');
  return h('li', {}, field(t('shareUrl'), url),
    h('p', { class: 'hint' }, `${t('expires', until)} · ${t('views', share.views)}`),
    h('button', { type: 'button', class: 'share-copy', onclick: () => copy(url) }, t('copy')),
    h('button', { type: 'button', class: 'share-revoke', onclick: async () => {
      try {
        await api('DELETE', `/shares/${share.shareId}`);
        say(t('revoked'));
        await redraw();
      } catch (e) { fail(e); }
    } }, t('revoke')));
}

async function copy(input) {
  try {
    await navigator.clipboard.writeText(input.value);
  } catch {
    // Without the clipboard API (an insecure origin, a refused permission) the selection still copies.
    input.select();
    document.execCommand('copy');
  }
  say(t('copied'));
}
