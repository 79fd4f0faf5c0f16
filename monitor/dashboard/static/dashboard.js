/* Draws the group page's charts from the JSON the server embedded in #chart-data (no inline scripts). */
(function () {
  "use strict";
  var holder = document.getElementById("chart-data");
  if (!holder || typeof Chart === "undefined") { return; }
  var data = JSON.parse(holder.textContent);
  var tz = data.timezone || "Asia/Shanghai";
  var OWN = ["#d9480f", "#e8590c"];
  var RIVALS = ["#1971c2", "#2f9e44", "#7048e8", "#0c8599", "#c2255c", "#5c940d", "#495057"];
  var STOCK_LEVEL = { in_stock: 3, limited: 2, preorder: 1, out_of_stock: 0 };
  var STOCK_NAME = { 3: "有货", 2: "库存紧张", 1: "预售", 0: "缺货" };

  function when(ms) {
    return new Date(ms).toLocaleString("zh-CN", { timeZone: tz, month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", hour12: false });
  }
  function timeAxis() {
    return { type: "linear", ticks: { maxTicksLimit: 8, callback: function (v) { return when(v); } } };
  }
  function colourFor(series, index) {
    var own = 0, rival = 0;
    for (var i = 0; i < index; i++) { if (data.prices[i].owner === "own") { own++; } else { rival++; } }
    return series.owner === "own" ? OWN[own % OWN.length] : RIVALS[rival % RIVALS.length];
  }
  function label(series) { return (series.owner === "own" ? "【本店】" : "") + series.target + (series.shop ? " · " + series.shop : ""); }
  var tooltipTitle = function (items) { return items.length ? when(items[0].parsed.x) : ""; };

  var price = document.getElementById("price-chart");
  if (price) {
    new Chart(price, {
      type: "line",
      data: { datasets: data.prices.map(function (s, i) {
        var colour = colourFor(s, i);
        return { label: label(s), borderColor: colour, backgroundColor: colour, stepped: "before",
          borderWidth: s.owner === "own" ? 3 : 2, borderDash: s.owner === "own" ? [] : [6, 4], pointRadius: 2,
          data: s.points.filter(function (p) { return p.price !== null; })
            .map(function (p) { return { x: Date.parse(p.t), y: Number(p.price) }; }) };
      }) },
      options: { maintainAspectRatio: false, animation: false, interaction: { mode: "nearest", intersect: false },
        scales: { x: timeAxis(), y: { title: { display: true, text: "价格（元）" } } },
        plugins: { tooltip: { callbacks: { title: tooltipTitle,
          label: function (c) { return c.dataset.label + "：¥" + c.parsed.y.toFixed(2); } } } } }
    });
  }

  var stock = document.getElementById("stock-chart");
  if (stock) {
    new Chart(stock, {
      type: "line",
      data: { datasets: data.prices.map(function (s, i) {
        var colour = colourFor(s, i);
        return { label: label(s), borderColor: colour, backgroundColor: colour, stepped: "before", pointRadius: 2,
          data: s.points.filter(function (p) { return p.stock in STOCK_LEVEL; })
            .map(function (p) { return { x: Date.parse(p.t), y: STOCK_LEVEL[p.stock] }; }) };
      }) },
      options: { maintainAspectRatio: false, animation: false,
        scales: { x: timeAxis(), y: { min: -0.5, max: 3.5,
          afterBuildTicks: function (axis) { axis.ticks = [0, 1, 2, 3].map(function (v) { return { value: v }; }); },
          ticks: { callback: function (v) { return STOCK_NAME[v] || ""; } } } },
        plugins: { tooltip: { callbacks: { title: tooltipTitle,
          label: function (c) { return c.dataset.label + "：" + STOCK_NAME[c.parsed.y]; } } } } }
    });
  }

  var sentiment = document.getElementById("sentiment-chart");
  if (sentiment && data.sentiment.length) {
    new Chart(sentiment, {
      data: { labels: data.sentiment.map(function (d) { return d.day; }), datasets: [
        { type: "line", label: "平均好评概率", yAxisID: "score", borderColor: "#2f9e44", backgroundColor: "#2f9e44",
          data: data.sentiment.map(function (d) { return d.average; }) },
        { type: "bar", label: "差评数", yAxisID: "count", backgroundColor: "rgba(201, 42, 42, 0.45)",
          data: data.sentiment.map(function (d) { return d.negative; }) }
      ] },
      options: { maintainAspectRatio: false, animation: false,
        scales: { score: { position: "left", min: 0, max: 1 },
          count: { position: "right", beginAtZero: true, grid: { drawOnChartArea: false }, ticks: { precision: 0 } } } }
    });
  }
}());
