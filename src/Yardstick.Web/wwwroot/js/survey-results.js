// Charts of a campaign's results page; data and labels come from the server in data-charts.
(function () {
  var root = document.getElementById('charts');
  if (!root || !window.echarts) return;
  var d = JSON.parse(root.dataset.charts);
  var draw = YardstickCharts.draw;
  var names = d.sections.map(function (s) { return s.name; });
  var series = [{ name: d.labels.current, type: 'bar', data: d.sections.map(function (s) { return s.score; }), label: { show: true, position: 'right' } }];
  if (d.labels.previous) series.unshift({ name: d.labels.previous, type: 'bar', data: d.sections.map(function (s) { return s.previous; }) });
  draw('chart-sections', { tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 8, right: 40, top: 8, bottom: 32, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100 }, yAxis: { type: 'category', data: names, inverse: true },
    color: d.labels.previous ? ['#b8d8cf', '#0f5c4c'] : ['#0f5c4c'], series: series });
  draw('chart-distribution', { tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + '%'; } }, legend: { bottom: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 8, bottom: 32, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }, yAxis: { type: 'category', data: d.questions, inverse: true, axisLabel: { fontSize: 10 } },
    color: ['#0f5c4c', '#7fb8a8', '#d4c14a', '#e0a03c', '#c8553d'],
    series: d.distribution.map(function (values, i) { return { name: d.labels.likert[i], type: 'bar', stack: 'all', data: values }; }) });
  if (d.nps) {
    draw('chart-nps', { tooltip: { trigger: 'axis' }, grid: { left: 8, right: 16, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'category', data: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] }, yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: d.nps.map(function (v, i) { return { value: v, itemStyle: { color: i <= 6 ? '#c8553d' : i <= 8 ? '#d4c14a' : '#0f5c4c' } }; }) }] });
  }
  if (d.ipa && d.ipa.length) {
    draw('chart-ipa', { tooltip: { formatter: function (p) { return p.name + '<br>' + d.labels.performance + ' ' + p.value[0] + ' · ' + d.labels.importance + ' ' + p.value[1]; } },
      grid: { left: 8, right: 24, top: 16, bottom: 24, containLabel: true },
      xAxis: { name: d.labels.performance, type: 'value', scale: true }, yAxis: { name: d.labels.importance, type: 'value', scale: true },
      series: [{ type: 'scatter', symbolSize: 14, data: d.ipa, label: { show: true, position: 'right', formatter: '{b}' },
        markLine: { silent: true, lineStyle: { type: 'dashed' }, data: [{ type: 'average', valueDim: 'x' }, { type: 'average', valueDim: 'y' }] } }] });
  }
})();
