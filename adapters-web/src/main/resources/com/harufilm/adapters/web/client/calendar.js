// The month calendar with each day's thumbnail and status, today's questions, memories and
// the same day in earlier years.
import { api } from './api.js';
import { h } from './dom.js';
import { daysOf, shiftMonth, todayIn } from './dates.js';
import { lang, monthTitle, t } from './i18n.js';
import { session } from './session.js';

export async function renderCalendar(main, requestedMonth) {
  const today = todayIn(session.timeZone());
  const month = requestedMonth || today.slice(0, 7);
  const [calendar, questions, feed] = await Promise.all([
    api('GET', `/videos?month=${month}`), api('GET', '/questions/today'), api('GET', '/videos/today-feed')]);
  const byDate = new Map(calendar.days.map((day) => [day.date, day]));
  main.replaceChildren(...[
    h('section', { 'aria-labelledby': 'month-title' },
      h('div', { class: 'month-bar' },
        h('button', { id: 'month-prev', type: 'button', onclick: () => { location.hash = `#/calendar/${shiftMonth(month, -1)}`; } }, h('span', { 'aria-hidden': 'true' }, '‹ '), t('prevMonth')),
        h('h2', { id: 'month-title' }, monthTitle(month)),
        h('button', { id: 'month-next', type: 'button', onclick: () => { location.hash = `#/calendar/${shiftMonth(month, 1)}`; } }, t('nextMonth'), h('span', { 'aria-hidden': 'true' }, ' ›'))),
      grid(month, byDate, today)),
    h('section', { 'aria-labelledby': 'questions-title' }, h('h2', { id: 'questions-title' }, t('questions')),
      list('questions', questions.questions.map((q) => h('li', {}, q.text)))),
    feed.hasTodayVideo ? null : h('p', {}, h('a', { href: `#/upload/${today}`, class: 'button-link' }, t('uploadToday'))),
    videoList('memories', t('memories'), feed.memories),
    videoList('on-this-day', t('onThisDay'), feed.onThisDay)].filter(Boolean));
}

function grid(month, byDate, today) {
  const { firstWeekday, dates } = daysOf(month);
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2023, 0, 1 + i)).toLocaleDateString(lang() === 'ko' ? 'ko-KR' : 'en-US', { weekday: 'short', timeZone: 'UTC' }));
  const cells = dates.map((date) => {
    const day = byDate.get(date);
    const label = day ? `${date} ${t(day.status)}` : date;
    return h('li', {}, h('a', { class: `day-cell${date === today ? ' today' : ''}`, href: `#/day/${date}`, 'data-date': date, 'data-status': day?.status, 'aria-label': label,
      'aria-current': date === today ? 'date' : null },
    h('span', { class: 'day-number' }, String(Number(date.slice(8)))),
    day?.thumbnailUrl ? h('img', { class: 'day-thumb', src: day.thumbnailUrl, alt: '' }) : null,
    day ? h('span', { class: `badge badge-${day.status.toLowerCase()}` }, t(day.status)) : null));
  });
  return h('div', { class: 'calendar' },
    h('ol', { class: 'weekdays', 'aria-hidden': 'true' }, weekdays.map((w) => h('li', {}, w))),
    h('ol', { class: 'days' }, Array.from({ length: firstWeekday }, () => h('li', { class: 'blank', 'aria-hidden': 'true' })), cells));
}

function list(id, items) {
  return items.length ? h('ul', { id }, items) : h('p', { id }, t('nothingYet'));
}

function videoList(id, title, videos) {
  return h('section', { 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, title),
    list(id, videos.map((video) => h('li', {}, h('a', { href: `#/day/${video.uploadDate}`, class: 'memory' },
      video.thumbnailUrl ? h('img', { src: video.thumbnailUrl, alt: '' }) : null, video.uploadDate)))));
}
