// One way to put an ECharts chart on a page: no animation (screenshots and print show the final state), the house
// palette unless the option brings its own, data-rendered="true" on the element once drawn, and resizing with the window.
window.YardstickCharts = (function () {
  var palette = ['#0f5c4c', '#3f8f7b', '#7fb8a8', '#b8d8cf', '#e0a03c', '#c8553d', '#6c7a89', '#9b6fb0', '#4a78b5', '#d4c14a', '#8c8c8c'];
  var charts = [];
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  return {
    palette: palette,
    draw: function (id, option) {
      var el = document.getElementById(id);
      if (!el || !window.echarts) return null;
      var chart = echarts.init(el);
      option.animation = false;
      option.color = option.color || palette;
      chart.setOption(option);
      el.dataset.rendered = 'true';
      charts.push(chart);
      return chart;
    },
  };
})();
