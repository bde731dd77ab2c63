// Plays the shared day: Safari (and any browser that plays HLS itself) natively, others through hls.js.
const video = document.getElementById('player');
const source = video.dataset.src;
const unplayable = () => { document.getElementById('playback-error').hidden = false; };

if (video.canPlayType('application/vnd.apple.mpegurl')) {
  video.src = source;
} else if (window.Hls && window.Hls.isSupported()) {
  const hls = new window.Hls();
  hls.on(window.Hls.Events.ERROR, (event, data) => { if (data.fatal) unplayable(); });
  hls.loadSource(source);
  hls.attachMedia(video);
} else {
  unplayable();
}
video.addEventListener('error', unplayable);
