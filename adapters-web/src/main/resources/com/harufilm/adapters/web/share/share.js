// Plays the shared day through hls.js where the browser has Media Source Extensions (as hls.js
// advises: some browsers claim native HLS they cannot play), else natively (Safari on iPhone).
const video = document.getElementById('player');
const source = video.dataset.src;
const unplayable = () => { document.getElementById('playback-error').hidden = false; };

if (window.Hls && window.Hls.isSupported()) {
  const hls = new window.Hls();
  hls.on(window.Hls.Events.ERROR, (event, data) => { if (data.fatal) unplayable(); });
  hls.loadSource(source);
  hls.attachMedia(video);
} else if (video.canPlayType('application/vnd.apple.mpegurl')) {
  video.src = source;
  video.addEventListener('error', unplayable);
} else {
  unplayable();
}
