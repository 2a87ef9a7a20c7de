// The costs chart as an SVG string, drawn by Apache ECharts' server-side renderer (no DOM, no
// canvas): one stacked bar per day, one series per group. Loaded only for `--html`.
import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { CostsReport } from "./costs.js";

echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

/** Groups past this many are drawn as one "others" series, in the last color. */
export const MAX_SERIES = 8;

/**
 * `colors[i]` is the i-th group's (largest first); the page's totals table is the legend, since a
 * legend laid out without a browser's text metrics overlaps the axis.
 */
export function costsChartSvg(
  report: CostsReport,
  colors: readonly string[],
  width = 720,
  height = 340,
): string {
  const shown = report.groups.slice(0, MAX_SERIES);
  const rest = report.groups.slice(MAX_SERIES);
  const series = shown.map((g) => ({ name: g.name, values: report.days.map((d) => d.groups[g.id] ?? 0) }));
  if (rest.length > 0) {
    series.push({
      name: `${rest.length} others`,
      values: report.days.map((d) => rest.reduce((sum, g) => sum + (d.groups[g.id] ?? 0), 0)),
    });
  }
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: "system-ui, sans-serif" },
      color: [...colors],
      legend: { show: false },
      grid: { left: 56, right: 16, top: 32, bottom: 48 },
      xAxis: {
        type: "category",
        data: report.days.map((d) => d.date.slice(5)),
        axisLabel: { interval: "auto", rotate: report.days.length > 16 ? 45 : 0 },
      },
      yAxis: { type: "value", name: report.currency, axisLabel: { formatter: "{value}" } },
      series: series.map((s) => ({
        name: s.name,
        type: "bar",
        stack: "costs",
        barMaxWidth: 28,
        // A zero draws nothing; the day still has its slot on the axis.
        data: s.values.map((v) => Math.round(v * 100) / 100),
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
