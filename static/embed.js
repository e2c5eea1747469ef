// Cited Figures embeds. The only script of an embed page (its chart is server-rendered SVG, laid out at
// several widths, the one for the frame's width chosen by CSS container queries):
// 1. ?theme=light or ?theme=dark pins the colours (without it, or without scripts, the embed follows the
//    reader's system). It runs in <head>, before the first paint, so a pinned theme never flashes.
// 2. Reports the content's height to the framing page whenever it changes, up or down, so the iframe fits
//    the chart. The root element's box is the content's height; scrollHeight is never below the frame's own
//    height, so a frame sized by it could grow but never shrink.
(function () {
  var theme = new URLSearchParams(location.search).get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  if (window.parent === window) return;
  function start() {
    var root = document.documentElement;
    var figure = document.querySelector('figure[data-chart]');
    var chart = figure ? figure.getAttribute('data-chart') : '';
    var last = -1;
    function post() {
      var height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: 'cited-figures:height', chart: chart, height: height }, '*');
    }
    if (window.ResizeObserver) new ResizeObserver(post).observe(root);
    else window.addEventListener('resize', post);
    window.addEventListener('load', post);
    post();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
