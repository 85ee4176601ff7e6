// Graphiques du pilotage (ECharts) : les données sont portées par l'attribut data-series de l'élément.
document.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("graphique-versements");
  if (!element || !window.echarts) { return; }
  var donnees = JSON.parse(element.dataset.series);
  var euros = function (v) { return Number(v).toLocaleString("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }); };
  echarts.init(element).setOption({
    tooltip: { trigger: "axis", valueFormatter: euros },
    legend: { data: ["Dû (brut)", "Versé"] },
    xAxis: { type: "category", data: donnees.mois },
    yAxis: { type: "value", axisLabel: { formatter: euros } },
    series: [
      { name: "Dû (brut)", type: "bar", data: donnees.du, itemStyle: { color: "#6a6af4" } },
      { name: "Versé", type: "bar", data: donnees.verse, itemStyle: { color: "#000091" } }
    ],
    aria: { enabled: true }
  });
});

// Encaissements des cotisants et majorations constatées par mois (pilotage du recouvrement).
document.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("graphique-recouvrement");
  if (!element || !window.echarts) { return; }
  var donnees = JSON.parse(element.dataset.series);
  var euros = function (v) { return Number(v).toLocaleString("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }); };
  echarts.init(element).setOption({
    tooltip: { trigger: "axis", valueFormatter: euros },
    legend: { data: ["Encaissé", "Majorations et pénalités"] },
    xAxis: { type: "category", data: donnees.mois },
    yAxis: { type: "value", axisLabel: { formatter: euros } },
    series: [
      { name: "Encaissé", type: "bar", data: donnees.encaisse, itemStyle: { color: "#000091" } },
      { name: "Majorations et pénalités", type: "line", data: donnees.majorations, itemStyle: { color: "#ce0500" } }
    ],
    aria: { enabled: true }
  });
});
