/**
 * Chart.js configurations for a model's usage: hourly peak RPM and TPM, each on its own chart with the quota and
 * the alarm threshold as constant lines. Plain JSON (no callbacks) so it can be embedded as data in the report.
 */

export interface UsageSeries {
  hourly: { t: number; peakRpm: number; peakTpm: number }[];
  rpmQuota?: number;
  tpmQuota?: number;
  rpmThreshold?: number;
  tpmThreshold?: number;
}

export type UsageMetric = 'rpm' | 'tpm';

export const COLOURS = { usage: '#1f6feb', quota: '#c62828', threshold: '#e07b00' } as const;

const pad = (n: number): string => String(n).padStart(2, '0');
/** UTC, short: the window is days long, so the year is noise and the minutes are always :00. */
export const hourLabel = (t: number): string => {
  const d = new Date(t);
  return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:00`;
};

const constantLine = (label: string, value: number, length: number, colour: string, dash: number[]) => ({
  label,
  data: Array.from({ length }, () => value),
  borderColor: colour,
  backgroundColor: colour,
  borderDash: dash,
  borderWidth: 1.5,
  pointRadius: 0,
  fill: false,
});

export const usageChartConfig = (usage: UsageSeries, metric: UsageMetric): Record<string, unknown> => {
  const hourly = [...usage.hourly].sort((a, b) => a.t - b.t);
  const unit = metric === 'rpm' ? 'RPM' : 'TPM';
  const quota = metric === 'rpm' ? usage.rpmQuota : usage.tpmQuota;
  const threshold = metric === 'rpm' ? usage.rpmThreshold : usage.tpmThreshold;
  const datasets: Record<string, unknown>[] = [
    {
      label: `Hourly peak ${unit}`,
      data: hourly.map((h) => (metric === 'rpm' ? h.peakRpm : h.peakTpm)),
      borderColor: COLOURS.usage,
      backgroundColor: 'rgba(31, 111, 235, 0.12)',
      borderWidth: 1.5,
      pointRadius: 0,
      fill: 'origin',
    },
  ];
  if (quota !== undefined) datasets.push(constantLine(`${unit} quota`, quota, hourly.length, COLOURS.quota, [6, 4]));
  if (threshold !== undefined) datasets.push(constantLine(`${unit} alarm threshold`, threshold, hourly.length, COLOURS.threshold, [3, 3]));
  return {
    type: 'line',
    data: { labels: hourly.map((h) => hourLabel(h.t)), datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 14, boxHeight: 2 } },
        title: { display: true, text: metric === 'rpm' ? 'Requests per minute (hourly peak)' : 'Tokens per minute (hourly peak)' },
      },
      scales: {
        x: { ticks: { maxTicksLimit: 8, maxRotation: 0, autoSkip: true, autoSkipPadding: 18 }, title: { display: true, text: 'hour (UTC)' } },
        y: { beginAtZero: true, title: { display: true, text: metric === 'rpm' ? 'requests / min' : 'tokens / min' } },
      },
    },
  };
};
