// Charts of the service-desk statistics page; the data and its labels come from the server in data-charts.
(function () {
  var root = document.getElementById('charts');
  if (!root || !window.echarts) return;
  var d = JSON.parse(root.dataset.charts);
  var draw = YardstickCharts.draw;
  function pie(id, data) {
    draw(id, { tooltip: { trigger: 'item' }, legend: { bottom: 0, type: 'scroll' },
      series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], data: data, label: { formatter: '{b} {c}' } }] });
  }
  function bars(id, names, series, percent) {
    draw(id, { tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0, width: names.length > 6 ? null : 90, overflow: 'break' } },
      yAxis: { type: 'value', max: percent ? 100 : null, axisLabel: { formatter: percent ? '{value}%' : '{value}' } }, series: series });
  }
  draw('chart-day', { tooltip: { trigger: 'axis' }, grid: { left: 8, right: 16, top: 16, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: d.days }, yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: d.labels.orders, type: 'line', smooth: true, areaStyle: { opacity: 0.15 }, data: d.perDay }] });
  pie('chart-type', d.byType);
  pie('chart-channel', d.byChannel);
  pie('chart-severity', d.bySeverity);
  bars('chart-category', d.byCategory.map(function (x) { return x.name; }), [{ name: d.labels.orders, type: 'bar', data: d.byCategory.map(function (x) { return x.value; }) }]);
  bars('chart-department', d.byDepartment.map(function (x) { return x.name; }), [{ name: d.labels.orders, type: 'bar', data: d.byDepartment.map(function (x) { return x.value; }) }]);
  bars('chart-sla', d.sla.names, [{ name: d.labels.share, type: 'bar', data: d.sla.values, label: { show: true, position: 'top', formatter: '{c}%' } }], true);
  bars('chart-times', d.times.names, [
    { name: d.labels.median, type: 'bar', data: d.times.median },
    { name: d.labels.p90, type: 'bar', data: d.times.p90 }]);
  bars('chart-visits', d.visits.names, [
    { name: d.labels.rate, type: 'bar', data: d.visits.values, label: { show: true, position: 'top', formatter: '{c}%' } },
    { name: d.labels.target, type: 'scatter', symbol: 'rect', symbolSize: [28, 3], data: d.visits.targets, itemStyle: { color: '#c8553d' } }], true);
})();
