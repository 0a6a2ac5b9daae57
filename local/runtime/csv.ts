// Placeholder until the CSV reader lands (next commit).
export function readCsvFile(path: string): { rows: unknown[][]; sheetName: string } {
  throw new Error(`openCsv(${path}): not implemented yet`);
}
