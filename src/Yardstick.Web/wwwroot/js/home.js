// Occupancy per project on the home page; data comes from data- attributes rendered by the server.
(function () {
  var el = document.getElementById('occupancy-chart');
  if (!el || !window.echarts) return;
  var chart = echarts.init(el);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: JSON.parse(el.dataset.labels) },
    yAxis: { type: 'value' },
    series: [
      { name: el.dataset.lOccupied, type: 'bar', stack: 'u', data: JSON.parse(el.dataset.occupied), itemStyle: { color: '#0f5c4c' } },
      { name: el.dataset.lVacant, type: 'bar', stack: 'u', data: JSON.parse(el.dataset.vacant), itemStyle: { color: '#b8d8cf' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
