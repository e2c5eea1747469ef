// Cited Figures embeds. The only script of an embed page (its chart is server-rendered SVG):
// 1. ?theme=light or ?theme=dark pins the colours (without it, or without scripts, the embed follows the
//    reader's system). It runs in <head>, before the first paint, so a pinned theme never flashes.
// 2. Reports the page's height to the framing page whenever it changes, so the iframe can fit the chart.
(function () {
  var theme = new URLSearchParams(location.search).get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  if (window.parent === window) return;
  function start() {
    var figure = document.querySelector('figure[data-chart]');
    var chart = figure ? figure.getAttribute('data-chart') : '';
    function post() {
      window.parent.postMessage(
        { type: 'cited-figures:height', chart: chart, height: document.documentElement.scrollHeight },
        '*'
      );
    }
    if (window.ResizeObserver) new ResizeObserver(post).observe(document.body);
    window.addEventListener('load', post);
    post();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
