// The upload page: a file or a camera recording for a date, the upload's progress, then the
// encoding's, and the day's page once it plays.
import { fail, field, h, progressBar, say, setProgress, warn } from './dom.js';
import { todayIn } from './dates.js';
import { errorText, t } from './i18n.js';
import { session } from './session.js';
import { canRecord, startRecording } from './recorder.js';
import { discardUpload, isPendingFile, pendingUpload, resume, startUpload, uploading } from './uploader.js';

const PHASES = { uploading: 'uploading', offline: 'offline', retrying: 'retrying', completing: 'completing', encoding: 'encoding', ready: 'ready' };

export async function renderUpload(main, requestedDate) {
  const today = todayIn(session.timeZone());
  const pending = pendingUpload();
  const date = h('input', { id: 'upload-date', type: 'date', max: today, value: pending?.uploadDate || requestedDate || today, required: true });
  const file = h('input', { id: 'upload-file', type: 'file', accept: 'video/*' });
  const status = h('p', { id: 'upload-status', 'aria-live': 'polite' });
  const uploadBar = progressBar('upload-progress', t('uploadProgress'));
  const encodingBar = progressBar('encoding-progress', t('encodingProgress'));
  const preview = h('video', { id: 'camera-preview', playsinline: true, muted: true, hidden: true });
  const start = h('button', { id: 'upload-start', type: 'button', onclick: () => {
    if (!file.files[0]) return warn(t('pickFile'));
    send(() => (isPendingFile(file.files[0]) ? resume(file.files[0]) : startUpload(date.value, file.files[0], 'file')));
  } }, t('startUpload'));
  const recordStart = h('button', { id: 'record-start', type: 'button', disabled: !canRecord() });
  const recordStop = h('button', { id: 'record-stop', type: 'button', disabled: true }, t('recordStop'));
  recordStart.textContent = t('recordStart');
  let recording = null;
  recordStart.addEventListener('click', async () => {
    try {
      preview.hidden = false;
      recording = await startRecording(preview);
      recordStart.disabled = true;
      recordStop.disabled = false;
      recordStop.focus();
      status.textContent = t('recording');
    } catch (e) {
      preview.hidden = true;
      fail(e);
    }
  });
  recordStop.addEventListener('click', async () => {
    recordStop.disabled = true;
    const blob = await recording.stop();
    preview.hidden = true;
    recordStart.disabled = false;
    send(() => startUpload(date.value, blob, 'recording'));
  });
  // A file upload cut by a reload goes on as soon as the same file is picked again.
  file.addEventListener('change', () => {
    const picked = file.files[0];
    if (!picked || !pendingUpload() || pendingUpload().source !== 'file' || uploading()) return;
    if (isPendingFile(picked)) send(() => resume(picked));
    else warn(t('wrongFile'));
  });

  const onProgress = (event) => {
    if (!main.isConnected) return window.removeEventListener('haru:upload', onProgress);
    const { phase, fraction, date: day, error, reason } = event.detail;
    if (phase === 'uploading' || phase === 'completing') setProgress(uploadBar, fraction);
    if (phase === 'encoding' || phase === 'ready') { setProgress(uploadBar, 1); setProgress(encodingBar, fraction); }
    if (PHASES[phase]) status.textContent = t(PHASES[phase]);
    if (phase === 'failed') status.textContent = errorText(error);
    if (phase === 'encoding-failed') status.textContent = `${t('encodingFailed')}: ${reason || ''}`;
    if (phase === 'ready') location.hash = `#/day/${day}`;
  };
  window.addEventListener('haru:upload', onProgress);

  const resumeNote = pending && pending.source === 'file' && !uploading()
    ? h('div', { id: 'resume-note', class: 'note' }, h('p', {}, t('resumeNote', pending.file.name, pending.uploadDate)),
      h('button', { id: 'upload-discard', type: 'button', onclick: async () => { await discardUpload(); say(''); main.replaceChildren(); renderUpload(main, requestedDate); } }, t('discard')))
    : null;
  main.replaceChildren(h('section', { 'aria-labelledby': 'upload-title' }, h('h2', { id: 'upload-title' }, t('upload')), resumeNote,
    field(t('date'), date), field(t('videoFile'), file), h('p', {}, start),
    h('h3', {}, t('recordTitle')), canRecord() ? null : h('p', {}, t('noCamera')), preview, h('p', { class: 'actions' }, recordStart, recordStop),
    labelled(t('uploadProgress'), uploadBar), labelled(t('encodingProgress'), encodingBar), status));
  if (uploading()) status.textContent = t('uploading');
}

function send(upload) {
  upload().catch(fail);
}

// A progress bar is not a labelable element: its aria-label names it, the text shows it.
function labelled(text, bar) {
  return h('div', { class: 'field' }, h('span', { class: 'label', 'aria-hidden': 'true' }, text), bar);
}
