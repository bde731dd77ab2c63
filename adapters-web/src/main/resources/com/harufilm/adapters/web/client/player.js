// Plays an HLS playlist through hls.js wherever the browser has Media Source Extensions (some
// browsers claim native HLS they cannot play), natively otherwise (Safari on iPhone).
export function play(video, playlistUrl, onFailure) {
  if (window.Hls?.isSupported()) {
    const hls = new window.Hls();
    hls.on(window.Hls.Events.ERROR, (event, data) => { if (data.fatal) onFailure(); });
    hls.loadSource(playlistUrl);
    hls.attachMedia(video);
    return () => hls.destroy();
  }
  if (video.canPlayType('application/vnd.apple.mpegurl')) {
    video.src = playlistUrl;
    video.addEventListener('error', onFailure);
    return () => video.removeAttribute('src');
  }
  onFailure();
  return () => {};
}
