// The resumable upload: initiate, part PUTs straight to the store's presigned URLs (three at a
// time), complete, then the encoding until the day plays. State lives in localStorage so a cut
// network or a reload resumes; what the store holds (the upload's uploadedParts) is the truth on
// every resume, so a part it already has is never sent again. Progress goes out as
// `haru:upload` events on window: {phase, fraction, date, videoId}.
import { api, ApiError } from './api.js';
import { recordings } from './recordings.js';

const STATE = 'haru.upload';
const PART_SIZE = 5 * 1024 * 1024;
const PARALLEL = 3;
const URL_BATCH = 100;
const LONGEST_PAUSE_MS = 30_000;

let running = null;

export const pendingUpload = () => JSON.parse(localStorage.getItem(STATE) || 'null');
export const uploading = () => running !== null;
const save = (state) => localStorage.setItem(STATE, JSON.stringify(state));
const tell = (detail) => window.dispatchEvent(new CustomEvent('haru:upload', { detail }));

/** Starts a new upload of blob for date; source is 'file' (identity kept to recognise it again) or 'recording'. */
export async function startUpload(date, blob, source) {
  if (running) throw new Error('an upload is already running');
  const contentType = (blob.type || 'video/mp4').split(';')[0];
  const fileName = blob.name || `${date}.${contentType.endsWith('webm') ? 'webm' : 'mp4'}`;
  const session = await api('POST', '/uploads/multi-parts/initiate', { uploadDate: date, fileName, contentType: blob.type || contentType, fileSize: blob.size, partSize: PART_SIZE });
  const state = { uploadId: session.uploadId, uploadDate: date, partSize: session.partSize, partCount: session.partCount, contentType,
    file: { name: fileName, size: blob.size, lastModified: blob.lastModified ?? null }, source, parts: {} };
  if (source === 'recording') await recordings.keep(state.uploadId, blob);
  save(state);
  return resume(blob);
}

/** Whether blob is the file the pending upload started with. */
export function isPendingFile(blob) {
  const file = pendingUpload()?.file;
  return !!file && file.name === blob.name && file.size === blob.size && file.lastModified === blob.lastModified;
}

/** Resumes a pending camera recording by itself (its Blob is in IndexedDB). */
export async function resumeRecording() {
  const state = pendingUpload();
  if (!state || state.source !== 'recording' || running) return;
  const blob = await recordings.find(state.uploadId);
  if (blob) await resume(blob);
}

/** Carries the pending upload on with its bytes, up to the playable video. */
export function resume(blob) {
  running ??= carryOn(pendingUpload(), blob).finally(() => { running = null; });
  return running;
}

export async function discardUpload() {
  const state = pendingUpload();
  if (!state) return;
  localStorage.removeItem(STATE);
  await recordings.drop(state.uploadId).catch(() => {});
  await api('POST', '/uploads/multi-parts/abort', { uploadId: state.uploadId }).catch(() => {});
}

async function carryOn(state, blob) {
  try {
    await retrying(state, () => sendParts(state, blob));
    const parts = Object.entries(state.parts).map(([n, etag]) => ({ partNumber: Number(n), etag })).sort((a, b) => a.partNumber - b.partNumber);
    tell({ phase: 'completing', fraction: 1, date: state.uploadDate });
    const video = await retrying(state, () => complete(state, parts));
    localStorage.removeItem(STATE);
    await recordings.drop(state.uploadId).catch(() => {});
    return await awaitPlayable(state, video.videoId);
  } catch (e) {
    if (e instanceof ApiError && e.code === 'UPLOAD_NOT_FOUND') localStorage.removeItem(STATE);
    tell({ phase: 'failed', error: e, date: state.uploadDate });
    throw e;
  }
}

// A completion this page sent just before a reload may still be assembling the parts when the
// reloaded page completes too: the store's parts are then vanishing into the object, and the API
// answers INVALID_UPLOAD_PART. Once the first is recorded, completing again answers its video.
const COMPLETE_ATTEMPTS = 4;
const COMPLETE_PAUSE_MS = 2000;

async function complete(state, parts) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await api('POST', '/uploads/multi-parts/complete', { uploadId: state.uploadId, parts });
    } catch (e) {
      if (!(e instanceof ApiError) || e.code !== 'INVALID_UPLOAD_PART' || attempt === COMPLETE_ATTEMPTS) throw e;
      await new Promise((resolve) => setTimeout(resolve, COMPLETE_PAUSE_MS));
    }
  }
}

async function sendParts(state, blob) {
  // What the store holds is the truth: parts seen locally may be gone, parts lost locally may be there.
  const held = await api('GET', `/uploads/multi-parts/${encodeURIComponent(state.uploadId)}`);
  state.parts = Object.fromEntries(held.uploadedParts.map((part) => [part.partNumber, part.etag]));
  save(state);
  const queue = Array.from({ length: state.partCount }, (_, i) => i + 1).filter((n) => !state.parts[n]);
  const urls = await partUrls(state, queue);
  const progress = () => tell({ phase: 'uploading', fraction: storedBytes(state) / state.file.size, date: state.uploadDate });
  progress();
  let failure = null;
  const worker = async () => {
    while (queue.length && !failure) {
      const n = queue.shift();
      try {
        state.parts[n] = await putPart(state, blob, n, urls);
        save(state);
        progress();
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (failure) throw failure;
}

async function partUrls(state, partNumbers) {
  const urls = new Map();
  for (let i = 0; i < partNumbers.length; i += URL_BATCH) {
    const batch = partNumbers.slice(i, i + URL_BATCH).join(',');
    const answer = await api('GET', `/uploads/multi-parts/parts?uploadId=${encodeURIComponent(state.uploadId)}&partNumbers=${batch}`);
    answer.parts.forEach((part) => urls.set(part.partNumber, part));
  }
  return urls;
}

async function putPart(state, blob, n, urls) {
  let part = urls.get(n);
  if (!part || Date.parse(part.expiresAt) - Date.now() < 60_000) {
    part = await api('GET', `/uploads/multi-parts/part?uploadId=${encodeURIComponent(state.uploadId)}&partNumber=${n}`);
  }
  const start = (n - 1) * state.partSize;
  const response = await fetch(part.url, { method: 'PUT', body: blob.slice(start, Math.min(start + state.partSize, blob.size)) });
  const etag = response.headers.get('ETag');
  if (!response.ok || !etag) throw new Error(`the store answered ${response.status} to part ${n}`);
  return etag;
}

function storedBytes(state) {
  return Object.keys(state.parts).reduce((sum, n) => sum + Math.min(state.partSize, state.file.size - (Number(n) - 1) * state.partSize), 0);
}

/** Runs step until it succeeds, pausing with a growing backoff that the network's return cuts short. */
async function retrying(state, step) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await step();
    } catch (e) {
      // The API's refusals (4xx other than 429) will not change by retrying.
      if (e instanceof ApiError && e.status < 500 && e.status !== 429) throw e;
      tell({ phase: navigator.onLine ? 'retrying' : 'offline', date: state.uploadDate });
      await pause(Math.min(LONGEST_PAUSE_MS, 1000 * 2 ** attempt));
    }
  }
}

function pause(ms) {
  return new Promise((resolve) => {
    const done = () => { clearTimeout(timer); window.removeEventListener('online', done); resolve(); };
    const timer = setTimeout(done, ms);
    window.addEventListener('online', done);
  });
}

async function awaitPlayable(state, videoId) {
  for (;;) {
    const video = await retrying(state, () => api('GET', `/videos/${encodeURIComponent(videoId)}`));
    if (video.status === 'FAILED') {
      tell({ phase: 'encoding-failed', reason: video.failureReason, date: state.uploadDate, videoId });
      return video;
    }
    if (video.playbackUrl) {
      tell({ phase: 'ready', fraction: 1, date: state.uploadDate, videoId });
      return video;
    }
    tell({ phase: 'encoding', fraction: video.encodingProgress ?? 0, date: state.uploadDate, videoId });
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
