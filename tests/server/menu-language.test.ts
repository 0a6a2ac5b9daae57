// The menu and the help dialog through the built dist/Code.js in the local runtime: the
// spreadsheet's locale picks the language, and in AuthMode.NONE (the spreadsheet cannot be
// read) the user's locale does.
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../local/runtime/index';

const open = (locale: string, userLocale?: string) =>
  openWorkbook({ Partners: [['Partner']] }, { locale, userLocale });

describe('the add-on menu', () => {
  it('is English in an en_US spreadsheet', () => {
    expect(
      open('en_US')
        .open()
        .map((m) => m.name),
    ).toEqual([
      'Open planner',
      'About / formula help',
      'Turn on daily gate monitor',
      'Turn off daily gate monitor',
    ]);
  });

  it('is Japanese in a ja_JP spreadsheet, whatever the user speaks, with the same functions', () => {
    const menu = open('ja_JP', 'en').open();
    expect(menu.map((m) => m.name)).toEqual([
      'プランナーを開く',
      '概要と数式ヘルプ',
      'ゲートの日次モニターをオンにする',
      'ゲートの日次モニターをオフにする',
    ]);
    expect(menu.map((m) => m.functionName)).toEqual([
      'showPlanner',
      'showFormulaHelp',
      'turnOnGateMonitor',
      'turnOffGateMonitor',
    ]);
  });

  it("follows the user's locale in AuthMode.NONE, where reading the spreadsheet is refused", () => {
    expect(open('en_US', 'ja').open('NONE')[0].name).toBe('プランナーを開く');
    expect(open('ja_JP', 'en').open('NONE')[0].name).toBe('Open planner');
  });

  it('shows the formula help in Japanese, formula names and statuses unchanged', () => {
    const rt = open('ja_JP');
    rt.runMenuItem('showFormulaHelp');
    const [help] = rt.alerts();
    expect(help).toContain('Partner Pilot の数式');
    expect(help).toContain('PARTNER_SCORE(partners, [weights], [method])');
    expect(help).toContain('GO / HOLD / STOP / PENDING / STALE');
    expect(help).not.toMatch(/\b(Scores|Judges|Pass the whole)\b/);
  });
});
