// Draws the dashboard's charts from the figures in <script type="application/json" id="dashboard-data">.
// The same figures are in the tables next to each chart; without JavaScript (or Chart.js) the tables remain.
// A missing figure is null in the data: no bar, and a gap in a line (spanGaps: false), never a point at 0.
(function () {
    'use strict';
    var source = document.getElementById('dashboard-data');
    if (!source || typeof window.Chart === 'undefined') {
        return;
    }

    var data = JSON.parse(source.textContent);
    var colours = ['#a4161a', '#1d6fa5', '#2b8a3e', '#e67700', '#6741d9', '#495057', '#c2255c', '#0b7285'];

    function datasets(series, fill) {
        return series.map(function (s, i) {
            return { label: s.label, data: s.values, backgroundColor: colours[i % colours.length], borderColor: colours[i % colours.length], fill: fill };
        });
    }

    function draw(name, type, chart, options) {
        var canvas = document.querySelector('canvas[data-chart="' + name + '"]');
        if (!canvas || !chart || chart.labels.length === 0) {
            return;
        }

        new window.Chart(canvas, {
            type: type,
            data: { labels: chart.labels, datasets: datasets(chart.series, false) },
            options: Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, options)
        });
    }

    draw('rates', 'bar', data.rates, { scales: { y: { min: 0, max: 100 } } });
    draw('trend', 'line', data.trend, { spanGaps: false, scales: { y: { beginAtZero: true } } });
})();
