// Camera recordings kept in IndexedDB until their upload completes: a File picked by the user
// cannot outlive a reload, a stored Blob can.
const DATABASE = 'haru';
const STORE = 'recordings';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export const recordings = {
  keep: (uploadId, blob) => run('readwrite', (store) => store.put(blob, uploadId)),
  find: (uploadId) => run('readonly', (store) => store.get(uploadId)),
  drop: (uploadId) => run('readwrite', (store) => store.delete(uploadId)),
};
