/**
 * Writes a workbook as .xlsx so it can be imported into Google Sheets (File ▸ Import):
 * values, formulas with their last computed values, number formats (so dates stay dates),
 * bold and backgrounds, frozen rows and column widths. A minimal Office Open XML package,
 * zipped with fflate.
 */
import { zipSync } from 'fflate';
import { DetailedCellError } from 'hyperformula';
import { cellA1 } from './a1';
import type { SheetState, Workbook } from './workbook';
import { renameSheetReferences, xlsxSheetNames, xmlSafe } from './xlsx-names';

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text for XML content or a double-quoted attribute: markup escaped, forbidden characters replaced. */
const escapeXml = (text: string) =>
  xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** Deduplicates cell styles (number format, bold, fill) into styles.xml indexes. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private readonly xfs = new Map<string, number>([['0|0|0', 0]]);

  index(numberFormat: string, bold: boolean, background: string): number {
    const fmt = numberFormat ? this.formatId(numberFormat) : 0;
    const fill = background && background.toLowerCase() !== '#ffffff' ? this.fillId(background) : 0;
    const key = `${fmt}|${bold ? 1 : 0}|${fill}`;
    let id = this.xfs.get(key);
    if (id === undefined) {
      id = this.xfs.size;
      this.xfs.set(key, id);
    }
    return id;
  }

  private formatId(format: string): number {
    let id = this.formats.get(format);
    if (id === undefined) {
      id = 164 + this.formats.size; // custom formats start at 164
      this.formats.set(format, id);
    }
    return id;
  }

  private fillId(color: string): number {
    let id = this.fills.get(color);
    if (id === undefined) {
      id = 2 + this.fills.size; // 0 and 1 are reserved by the format
      this.fills.set(color, id);
    }
    return id;
  }

  xml(): string {
    const numFmts = [...this.formats]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
      .join('');
    const fills = [...this.fills.keys()]
      .map((color) => {
        const rgb = `FF${color.replace('#', '').toUpperCase().padStart(6, '0').slice(0, 6)}`;
        return `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/></patternFill></fill>`;
      })
      .join('');
    const xfs = [...this.xfs.keys()]
      .map((key) => {
        const [fmt, bold, fill] = key.split('|').map(Number);
        return `<xf numFmtId="${fmt}" fontId="${bold}" fillId="${fill}" borderId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>`;
      })
      .join('');
    return `${XML_HEADER}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="${this.formats.size}">${numFmts}</numFmts><fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts><fills count="${2 + this.fills.size}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fills}</fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="${this.xfs.size}">${xfs}</cellXfs></styleSheet>`;
  }
}

function sheetXml(
  workbook: Workbook,
  sheet: SheetState,
  styles: Styles,
  renamed: Map<string, string>,
): string {
  const { rows: height, cols: width } = workbook.extent(sheet);
  const range = {
    start: { sheet: sheet.hfId, row: 0, col: 0 },
    end: { sheet: sheet.hfId, row: height - 1, col: width - 1 },
  };
  // Raw engine values: dates are already serials in the spreadsheet's time zone.
  const values = height && width ? workbook.hf.getRangeValues(range) : [];
  const formulas = workbook.readFormulas(sheet, 0, 0, height, width);
  const rows = values.map((line, r) => {
    const cells = line.map((raw, c) => {
      const ref = cellA1(r, c);
      const formula = formulas[r][c];
      // A spilled value is the anchor formula's to write again; leaving it in the cell
      // would block that spill in Sheets (#REF!).
      const address = { sheet: sheet.hfId, row: r, col: c };
      const spilled = !formula && workbook.hf.isCellPartOfArray(address);
      const value =
        raw === null || spilled ? '' : raw instanceof DetailedCellError ? raw.value : raw;
      const style = styles.index(
        workbook.format(sheet, r, c),
        workbook.style(sheet, r, c, 'fontWeight') === 'bold',
        workbook.style(sheet, r, c, 'background') ?? '',
      );
      const s = style ? ` s="${style}"` : '';
      const f = formula
        ? `<f>${escapeXml(renameSheetReferences(formula.slice(1), renamed))}</f>`
        : '';
      if (value === '' && !formula) return style ? `<c r="${ref}"${s}/>` : '';
      if (typeof value === 'number') return `<c r="${ref}"${s}>${f}<v>${value}</v></c>`;
      if (typeof value === 'boolean')
        return `<c r="${ref}"${s} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
      const text = String(value);
      if (formula) return `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(text)}</v></c>`;
      return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const frozen =
    sheet.frozenRows > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
      : '';
  const widths = Object.entries(sheet.columnWidths)
    .map(
      ([col, px]) =>
        `<col min="${col}" max="${col}" width="${(px / 7).toFixed(2)}" customWidth="1"/>`,
    )
    .join('');
  const cols = widths ? `<cols>${widths}</cols>` : '';
  return `${XML_HEADER}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${frozen}${cols}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/**
 * The .xlsx bytes of every sheet of the runtime's workbook. Sheet names Excel or Sheets
 * would refuse are renamed (xlsx-names.ts) and formulas that name those sheets follow.
 */
export function workbookToXlsx(workbook: Workbook): Buffer {
  const { names, renamed } = xlsxSheetNames(workbook.sheetNames());
  const styles = new Styles();
  const sheets = workbook.sheets.map((sheet) => sheetXml(workbook, sheet, styles, renamed));
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${names
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('')}</Types>`,
    ],
    [
      '_rels/.rels',
      `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${XML_HEADER}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names
        .map(
          (name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ],
    ...sheets.map((xml, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
    ['xl/styles.xml', styles.xml()],
  ];
  const encoder = new TextEncoder();
  return Buffer.from(
    zipSync(Object.fromEntries(files.map(([path, text]) => [path, encoder.encode(text)]))),
  );
}
