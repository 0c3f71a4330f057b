import { LineChart as ELineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Tree-shaken: the line series, grid, tooltip, a target mark line and the canvas renderer.
echarts.use([ELineChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

export interface LinePoint {
  label: string;
  /** null: no data for the period (a gap in the line). */
  value: number | null;
}

function useChart(container: React.RefObject<HTMLDivElement | null>) {
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!container.current) return;
    const instance = echarts.init(container.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [container]);
  return chart;
}

/** A series over periods (years): points, gaps where nothing was reported, an optional target line. */
export function LineChart({
  data,
  seriesName,
  format,
  target,
  height = 260,
  testId,
}: {
  data: LinePoint[];
  seriesName: string;
  format: (value: number) => string;
  target?: { value: number; label: string } | undefined;
  height?: number;
  testId?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useChart(container);

  useEffect(() => {
    chart.current?.setOption(
      {
        grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (value == null ? '—' : format(Number(value))) },
        xAxis: { type: 'category', data: data.map((point) => point.label), boundaryGap: false },
        yAxis: { type: 'value', scale: true, axisLabel: { formatter: (value: number) => format(value) } },
        series: [
          {
            name: seriesName,
            type: 'line',
            data: data.map((point) => point.value),
            connectNulls: false,
            symbolSize: 8,
            itemStyle: { color: '#b71c1c' },
            label: {
              show: true,
              position: 'top',
              formatter: ({ value }: { value: unknown }) => (value == null ? '' : format(Number(value))),
            },
            ...(target
              ? {
                  markLine: {
                    symbol: 'none',
                    lineStyle: { type: 'dashed', color: '#1677ff' },
                    label: { formatter: target.label, position: 'insideEndTop' },
                    data: [{ yAxis: target.value }],
                  },
                }
              : {}),
          },
        ],
      },
      true,
    );
  }, [chart, data, seriesName, format, target]);

  return <div ref={container} style={{ width: '100%', height }} data-testid={testId} />;
}

/** A tiny line without axes for a table row: the shape of the series, nothing to read off. */
export function Sparkline({
  values,
  width = 96,
  height = 28,
  testId,
}: {
  values: (number | null)[];
  width?: number;
  height?: number;
  testId?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useChart(container);

  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 2, right: 2, top: 3, bottom: 3 },
        xAxis: { type: 'category', show: false, data: values.map((_, index) => index) },
        yAxis: { type: 'value', show: false, scale: true },
        series: [
          {
            type: 'line',
            data: values,
            connectNulls: true,
            symbol: 'circle',
            symbolSize: 3,
            lineStyle: { width: 1.5, color: '#b71c1c' },
            itemStyle: { color: '#b71c1c' },
          },
        ],
      },
      true,
    );
  }, [chart, values]);

  return <div ref={container} style={{ width, height, display: 'inline-block' }} data-testid={testId} />;
}
