import { BarChart as EBarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { formatNumber } from '../format.ts';

// Tree-shaken: only the bar series, grid, tooltip and the canvas renderer are bundled.
echarts.use([EBarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface BarDatum {
  label: string;
  value: number;
}

export function BarChart({
  data,
  seriesName,
  height = 280,
  testId,
}: {
  data: BarDatum[];
  seriesName: string;
  height?: number;
  testId?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
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
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => formatNumber(Number(value)) },
        // Values are printed on the bars; on a phone the axis keeps only the ticks that fit.
        xAxis: {
          type: 'value',
          minInterval: 1,
          axisLabel: { hideOverlap: true, formatter: (value: number) => formatNumber(value) },
        },
        yAxis: {
          type: 'category',
          inverse: true,
          data: data.map((item) => item.label),
          axisLabel: { width: 180, overflow: 'truncate' },
        },
        series: [
          {
            name: seriesName,
            type: 'bar',
            data: data.map((item) => item.value),
            itemStyle: { color: '#b71c1c', borderRadius: [0, 4, 4, 0] },
            label: {
              show: true,
              position: 'right',
              formatter: ({ value }: { value: unknown }) => formatNumber(Number(value)),
            },
            barMaxWidth: 28,
          },
        ],
      },
      true,
    );
  }, [data, seriesName]);

  return <div ref={container} style={{ width: '100%', height }} data-testid={testId} />;
}
