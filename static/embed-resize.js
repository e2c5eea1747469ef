// Cited Figures embeds: report this page's height to the page that frames it, whenever it changes, so the
// iframe can fit the chart. The embed itself needs no other script: its chart is server-rendered SVG.
(function () {
  if (window.parent === window) return;
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
})();
