import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useId, useRef } from 'react';

// Only what the statistics charts draw, through the SVG renderer: no canvas, and no inline style
// attribute (zrender sets styles through the CSSOM, which the console's CSP allows). The tooltip
// is drawn inside the SVG (renderMode richText): its HTML form writes style="" attributes in
// markup, which the CSP refuses.
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/**
 * One ECharts chart: made on mount, given each new option whole (a language switch re-words it
 * in place), resized with its box, disposed on unmount. Its SVG is hidden from assistive tech:
 * the element is an image named by `label` and described by `description`, the table view beside
 * it carries the figures.
 */
export function EChart({ option, label, description }: { option: ChartOption; label: string; description: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const describedBy = useId();

  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const made = init(element, null, { renderer: 'svg' });
    chart.current = made;
    const resize = new ResizeObserver(() => made.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      made.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const made = chart.current;
    if (made === null) return;
    made.setOption(option, { notMerge: true });
    const svg = box.current?.querySelector('svg');
    svg?.setAttribute('aria-hidden', 'true');
    svg?.setAttribute('focusable', 'false');
  }, [option]);

  return (
    <figure className="chart-frame">
      <div role="img" aria-label={label} aria-describedby={describedBy}>
        <div ref={box} className="chart" />
      </div>
      <figcaption id={describedBy} className="hint">
        {description}
      </figcaption>
    </figure>
  );
}
