// A day's page: its video, timestamps to jump to, share links, and deleting the day.
import { api, ApiError } from './api.js';
import { fail, field, h, say } from './dom.js';
import { clock } from './dates.js';
import { t } from './i18n.js';
import { play } from './player.js';
import { renderShares } from './shares.js';

const HOURS = [1, 24, 168, 720];

export async function renderDay(main, date) {
  let video;
  try {
    video = await api('GET', `/videos/by-date/${date}`);
  } catch (e) {
    if (!(e instanceof ApiError) || e.code !== 'VIDEO_NOT_FOUND') throw e;
    main.replaceChildren(h('section', { 'aria-labelledby': 'day-title' }, h('h2', { id: 'day-title' }, date),
      h('p', { id: 'day-empty' }, t('noVideo')), h('p', {}, h('a', { href: `#/upload/${date}`, class: 'button-link' }, t('uploadForDay')))));
    return;
  }
  const player = h('video', { id: 'player', controls: true, playsinline: true, preload: 'metadata', 'aria-label': t('player'),
    poster: video.thumbnailUrl });
  const timestamps = h('ul', { id: 'timestamps' });
  const label = h('input', { id: 'timestamp-label', type: 'text', maxlength: 100 });
  const drawTimestamps = () => timestamps.replaceChildren(...video.timestamps.slice().sort((a, b) => a.offsetSec - b.offsetSec).map((stamp) => h('li', {},
    h('button', { type: 'button', class: 'timestamp-seek', 'data-offset': stamp.offsetSec, onclick: () => { player.currentTime = stamp.offsetSec; player.play().catch(() => {}); } },
      `${clock(stamp.offsetSec)} ${stamp.label}`),
    h('button', { type: 'button', class: 'timestamp-delete', 'aria-label': t('deleteTimestamp', stamp.label), onclick: async () => {
      try {
        await api('DELETE', `/videos/${video.videoId}/timestamps/${stamp.timestampId}`);
        video.timestamps = video.timestamps.filter((other) => other.timestampId !== stamp.timestampId);
        drawTimestamps();
      } catch (e) { fail(e); }
    } }, '×'))));
  drawTimestamps();
  const addTimestamp = async (event) => {
    event.preventDefault();
    try {
      const stamp = await api('POST', `/videos/${video.videoId}/timestamps`, { offsetSec: Math.round(player.currentTime * 10) / 10, label: label.value.trim() });
      video.timestamps.push(stamp);
      label.value = '';
      drawTimestamps();
    } catch (e) { fail(e); }
  };
  const remove = h('button', { id: 'video-delete', type: 'button', class: 'danger', onclick: async () => {
    if (!window.confirm(t('confirmDelete'))) return;
    try {
      await api('DELETE', `/videos/${video.videoId}`);
      say(t('deleted'));
      location.hash = '#/calendar';
    } catch (e) { fail(e); }
  } }, t('deleteVideo'));
  const shares = h('section', { 'aria-labelledby': 'shares-title' }, h('h3', { id: 'shares-title' }, t('shares')));
  main.replaceChildren(h('section', { 'aria-labelledby': 'day-title' },
    h('h2', { id: 'day-title' }, date), h('p', {}, statusBadge(video.status),
      video.failureReason ? ` ${video.failureReason}` : ''),
    video.playbackUrl ? player : null,
    h('section', { 'aria-labelledby': 'timestamps-title' }, h('h3', { id: 'timestamps-title' }, t('timestamps')), timestamps,
      h('form', { class: 'inline', onsubmit: addTimestamp }, field(t('timestampLabel'), label), h('button', { id: 'timestamp-add', type: 'submit' }, t('addTimestamp')))),
    shares, h('p', {}, remove)));
  if (video.playbackUrl) play(player, video.playbackUrl, () => fail({ code: 'DEFAULT' }));
  if (video.status === 'COMPLETE') await renderShares(shares, video.videoId, HOURS);
  else {
    shares.append(h('p', {}, t('notReadyToShare')));
    if (video.status !== 'FAILED') awaitEncoding(main, date, video, shares);
  }
}

const statusBadge = (status) => h('span', { id: 'day-status', class: `badge badge-${status.toLowerCase()}` }, t(status));

// While the worker encodes, the page follows the video's state without stopping a player already
// playing the first rendition: it is redrawn when it becomes playable or fails, and its share
// links appear once it is COMPLETE. The page's container leaves the document when the user moves on.
function awaitEncoding(main, date, video, shares) {
  setTimeout(async () => {
    if (!main.isConnected) return;
    try {
      const now = await api('GET', `/videos/${video.videoId}`);
      if (!main.isConnected) return;
      if (now.status === 'FAILED' || (now.playbackUrl && !video.playbackUrl)) return await renderDay(main, date);
      if (now.status !== 'COMPLETE') return awaitEncoding(main, date, now, shares);
      main.querySelector('#day-status').replaceWith(statusBadge(now.status));
      shares.replaceChildren(shares.firstElementChild);
      await renderShares(shares, video.videoId, HOURS);
    } catch (e) {
      // A failed poll (the network, a restart) is tried again; the video is gone only on 404.
      if (e instanceof ApiError && e.code === 'VIDEO_NOT_FOUND') return fail(e);
      awaitEncoding(main, date, video, shares);
    }
  }, 2000);
}
