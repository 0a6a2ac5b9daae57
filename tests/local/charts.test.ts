import { describe, expect, it } from 'vitest';
import { openSnapshot } from '../../local/runtime/index';
import { openFixture } from './fixture';

const table = [
  ['Wave', 'GO', 'STOP'],
  ['Pilot', 2, 1],
  ['Expand', 0, 3],
];

describe('embedded charts in the local runtime', () => {
  it('keeps what the builder set once inserted, with an id only after insertChart', () => {
    const rt = openFixture({ Data: table });
    expect(rt.run('insertColumnChart', 'A1:C3', 'Gates')).toEqual({ before: null, count: 1 });
    expect(rt.run('describeCharts')).toEqual([
      {
        id: 1,
        type: 'COLUMN',
        ranges: ['A1:C3'],
        title: 'Gates',
        missing: null,
        headers: 1,
        at: [2, 5, 10, 20],
      },
    ]);
    const [chart] = rt.charts('Data');
    expect(chart.ranges).toEqual(["'Data'!A1:C3"]);
    expect(chart.data).toEqual([table]);
    expect(chart.options.series).toEqual({ 0: { color: '#4285f4' } });
  });

  it('changes a chart only through updateChart, and removes it with removeChart', () => {
    const rt = openFixture({ Data: table });
    rt.run('insertColumnChart', 'A1:C3', 'Gates');
    rt.run('insertColumnChart', 'A1:B3', 'GO only');
    rt.run('retitleFirstChart', 'Moved');
    const charts = rt.run('describeCharts') as { id: number; title: string; at: number[] }[];
    expect(charts.map((c) => [c.id, c.title, c.at])).toEqual([
      [1, 'Moved', [1, 1, 0, 0]],
      [2, 'GO only', [2, 5, 10, 20]],
    ]);
    expect(rt.run('removeFirstChart')).toBe(1);
    expect(rt.charts('Data').map((c) => c.id)).toEqual([2]);
  });

  it('follows edits of the cells it draws, and survives a save', () => {
    const rt = openFixture({ Data: table });
    rt.run('insertColumnChart', 'A1:C3', 'Gates');
    rt.setCell('Data', 'B2', '7');
    expect(rt.charts('Data')[0].data[0][1]).toEqual(['Pilot', 7, 1]);
    const again = openSnapshot(JSON.parse(JSON.stringify(rt.snapshot())));
    expect(again.charts('Data')[0].options.title).toBe('Gates');
  });

  it('refuses what is not a chart as Apps Script refuses a wrong argument', () => {
    const rt = openFixture({ Data: table });
    expect(() => rt.run('insertNotAChart')).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.insertChart.",
    );
  });
});
