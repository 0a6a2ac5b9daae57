/**
 * The data step's reading of the table beyond the six columns: columns two headers
 * claim (a choice, never a silent pick), broken header cells, words mapped to numbers,
 * criteria of the team's own, and the PARTNER_SCORE formula that gives the plan's
 * scores in the sheet. Sheet text is rendered as text by Preact, never as HTML.
 */
import { CRITERIA } from '../../domain/scoring/criteria';
import type { PlanRequest } from '../../shared/plan-types';
import type { TableReading } from '../../shared/reading-types';
import { produce } from '../draft';
import { plainNumber } from '../numbers';
import { Messages, NumberInput } from '../ui';
import { fieldId } from '../wizard-steps';
import type { DraftStepProps, StepProps } from './step-props';

const emptyReading = (): TableReading => ({ extraCriteria: [], wordMaps: [] });

function editReading(draft: PlanRequest, edit: (reading: TableReading) => void): PlanRequest {
  return produce(draft, (d) => {
    d.reading ??= emptyReading();
    edit(d.reading);
  });
}

/** Notices about ties and broken headers, shown above the column choices. */
export function HeaderNotices({ t, table, draft }: StepProps) {
  if (!table || !draft) return null;
  const header = (column: number) =>
    table.columnOptions.find((o) => o.column === column)?.header ?? t.data.column({ n: column });
  const ties = table.ties.filter((tie) => draft.source.columns[tie.criterion] === undefined);
  return (
    <>
      {ties.map((tie) => (
        <p key={tie.criterion} class="notice error tie">
          {t.reading.tie({
            count: tie.columns.length,
            criterion: t.criteria[tie.criterion],
            columns: tie.columns.map(header),
          })}
        </p>
      ))}
      {table.headerErrors.map((column) => (
        <p key={column} class="notice error header-error">
          {t.reading.headerError({ column, header: header(column) })}
        </p>
      ))}
    </>
  );
}

/** Words in the columns read, each with the number it should read as. */
export function WordMaps({ t, table, draft, setDraft }: DraftStepProps) {
  const read = new Set<number>([
    ...Object.values(draft.source.columns).filter((c): c is number => typeof c === 'number'),
    ...(draft.reading?.extraCriteria ?? []).map((e) => e.column),
  ]);
  const columns = (table?.words ?? []).filter((w) => read.has(w.column));
  if (columns.length === 0) return null;
  const header = (column: number) =>
    table?.columnOptions.find((o) => o.column === column)?.header ?? t.data.column({ n: column });
  const mappedValue = (column: number, word: string) =>
    draft.reading?.wordMaps
      .find((m) => m.column === column)
      ?.words.find((w) => w.word.toLowerCase() === word.toLowerCase())?.value ?? null;
  const setValue = (column: number, word: string, value: number | null) =>
    setDraft(
      editReading(draft, (reading) => {
        let map = reading.wordMaps.find((m) => m.column === column);
        if (!map) {
          map = { column, words: [] };
          reading.wordMaps.push(map);
        }
        map.words = map.words.filter((w) => w.word.toLowerCase() !== word.toLowerCase());
        if (value !== null) map.words.push({ word, value });
        reading.wordMaps = reading.wordMaps.filter((m) => m.words.length > 0);
      }),
    );
  return (
    <section class="section word-maps">
      <h3>{t.reading.words}</h3>
      <p class="muted small">{t.reading.wordsHint}</p>
      {columns.map((c) => (
        <table key={c.column} class="grid">
          <caption>{header(c.column)}</caption>
          <tbody>
            {c.words.map((word, j) => (
              <tr key={word}>
                <th scope="row">{word}</th>
                <td>
                  <NumberInput
                    id={fieldId(`reading.words.${c.column}.${j}`)}
                    kind="count"
                    class="num-input"
                    aria-label={`${header(c.column)}: ${word}`}
                    allowEmpty
                    placeholder={t.reading.asRead}
                    value={mappedValue(c.column, word)}
                    onChange={(v) => setValue(c.column, word, v)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}

/**
 * While a criterion is not used, the columns of numbers or tier words nothing reads (tester
 * 2, finding 14): one may hold it under a header the reader does not know, as PARTNER_SCORE's
 * Score header says of the same columns.
 */
export function UnreadColumns({ t, table, draft }: StepProps) {
  if (!table || !draft) return null;
  const mapped = Object.values(draft.source.columns).filter((c) => typeof c === 'number');
  if (mapped.length === CRITERIA.length) return null;
  const taken = new Set<number | null>([
    draft.source.partnerColumn,
    draft.source.ownerColumn,
    ...mapped,
    ...(draft.reading?.extraCriteria ?? []).map((e) => e.column),
  ]);
  const unread = (table.valueColumns ?? []).filter((c) => !taken.has(c));
  if (unread.length === 0) return null;
  const header = (column: number) =>
    table.columnOptions.find((o) => o.column === column)?.header ?? t.data.column({ n: column });
  return <p class="notice unread-columns">{t.reading.unread({ columns: unread.map(header) })}</p>;
}

/** "Add a criterion": a column of the table scored beside the six, with its direction. */
export function ExtraCriteria({ t, table, draft, setDraft, errors }: DraftStepProps) {
  const extras = draft.reading?.extraCriteria ?? [];
  const options = table?.columnOptions ?? [];
  const taken = new Set<number>([
    draft.source.partnerColumn,
    ...Object.values(draft.source.columns).filter((c): c is number => typeof c === 'number'),
    ...extras.map((e) => e.column),
  ]);
  const free = options.filter((o) => !taken.has(o.column));
  return (
    <section class="section extra-criteria">
      <h3>{t.reading.ownCriteria}</h3>
      {extras.map((extra, i) => {
        const at = `reading.extraCriteria.${i}`;
        return (
          <div key={extra.column} class="extra-criterion">
            <select
              aria-label={t.reading.extraColumn({ n: i + 1 })}
              value={String(extra.column)}
              onChange={(e) =>
                setDraft(
                  editReading(draft, (r) => {
                    r.extraCriteria[i].column = Number(e.currentTarget.value);
                  }),
                )
              }
            >
              {options
                .filter((o) => o.column === extra.column || !taken.has(o.column))
                .map((o) => (
                  <option key={o.column} value={String(o.column)}>
                    {o.header}
                  </option>
                ))}
            </select>
            <select
              aria-label={t.reading.extraDirection({ n: i + 1 })}
              value={extra.direction}
              onChange={(e) =>
                setDraft(
                  editReading(draft, (r) => {
                    r.extraCriteria[i].direction = e.currentTarget.value as 'higher' | 'lower';
                  }),
                )
              }
            >
              <option value="higher">{t.reading.higherBetter}</option>
              <option value="lower">{t.reading.lowerBetter}</option>
            </select>
            <NumberInput
              id={fieldId(`reading.extraCriteria.${i}.weight`)}
              kind="weight"
              class="num-input"
              aria-label={t.reading.extraWeight({ n: i + 1 })}
              value={extra.weight}
              onChange={(w) =>
                setDraft(
                  editReading(draft, (r) => {
                    r.extraCriteria[i].weight = w ?? 0;
                  }),
                )
              }
            />
            <button
              type="button"
              class="link"
              onClick={() =>
                setDraft(
                  editReading(draft, (r) => {
                    r.extraCriteria.splice(i, 1);
                  }),
                )
              }
            >
              {t.reading.remove}
            </button>
            <Messages
              messages={['column', 'direction', 'weight'].flatMap((k) => errors.at(`${at}.${k}`))}
            />
          </div>
        );
      })}
      <button
        type="button"
        disabled={free.length === 0}
        onClick={() =>
          setDraft(
            editReading(draft, (r) => {
              r.extraCriteria.push({ column: free[0].column, direction: 'higher', weight: 1 });
            }),
          )
        }
      >
        {t.reading.addCriterion}
      </button>
    </section>
  );
}

/** The formula that gives the plan's scores in the sheet, when the headers alone would not. */
export function ScoreFormulaNote({ t, preview }: StepProps) {
  const formula = preview?.scoreFormula;
  if (!formula?.formula) return null;
  return (
    <section class="section score-formula">
      <h3>{t.reading.sameScores}</h3>
      {formula.differs ? (
        <p class="notice">{t.reading.differs}</p>
      ) : (
        <p class="muted small">{t.reading.same}</p>
      )}
      <code class="formula">{formula.formula}</code>
      <table class="grid">
        <caption class="sr-only">{t.reading.weightsRange}</caption>
        <tbody>
          {formula.weights.map(([label, value]) => (
            <tr key={label}>
              <td>{label}</td>
              <td class="num">{typeof value === 'number' ? plainNumber(value) : String(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
