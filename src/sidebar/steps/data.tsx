/** Step 1: the partner table on the sheet, its column mapping, and what the rows hold. */
import { CRITERIA } from '../../domain/scoring/criteria';
import type { PlannedPartner } from '../../shared/plan-types';
import { produce } from '../draft';
import { Field, Messages, NumberInput } from '../ui';
import type { StepProps } from './step-props';
import { ExtraCriteria, HeaderNotices, ScoreFormulaNote, WordMaps } from './table-reading';

/**
 * Step 1, Data: the source sheet and its detected table; edits source.sheetName, headerRow,
 * partnerColumn, ownerColumn and columns (one 1-based column per criterion, or none).
 */
export function DataStep(props: StepProps) {
  const { context, draft, errors } = props;
  const sheets = context.sheets.filter((s) => !s.writtenByPlanner);
  const sheetName = draft?.source.sheetName ?? '';
  return (
    <div>
      <p class="intro">
        The partner table Partner Pilot reads. Correct a column if it guessed wrong.
      </p>
      {context.lastRequestProblem && <p class="notice">{context.lastRequestProblem}</p>}
      <Field path="source.sheetName" label="Sheet" errors={errors}>
        {(control) => (
          <select
            {...control}
            value={sheetName}
            onChange={(e) => props.readTable(e.currentTarget.value)}
          >
            {!draft && <option value="">Choose the sheet with partners</option>}
            {sheets.map((s) => (
              <option key={s.sheetId} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!draft && (
        <p class="notice">
          No partner table found on “{context.activeSheet}”. Choose the sheet that holds one: a
          header row with a partner name column and the criteria (capability, co-marketing budget,
          enablement load, partner-sourced revenue, CAC, coverage gap).
        </p>
      )}
      {draft && (
        <>
          <Field
            path="source.headerRow"
            label="Header row"
            errors={errors}
            hint="Partners are read from the next row down."
          >
            {(control) => (
              <NumberInput
                {...control}
                class="short"
                value={draft.source.headerRow}
                onChange={(row) => row && props.readTable(sheetName, row)}
              />
            )}
          </Field>
          <Messages messages={errors.at('source.columns')} />
          <HeaderNotices {...props} />
          <ColumnSelect
            {...props}
            path="source.partnerColumn"
            label="Partner name"
            value={draft.source.partnerColumn}
            onChange={(c) =>
              props.setDraft(
                produce(draft, (d) => {
                  d.source.partnerColumn = c ?? 0;
                }),
              )
            }
          />
          <ColumnSelect
            {...props}
            path="source.ownerColumn"
            label="Account owner"
            empty="None"
            value={draft.source.ownerColumn}
            onChange={(c) =>
              props.setDraft(
                produce(draft, (d) => {
                  d.source.ownerColumn = c;
                }),
              )
            }
          />
          {CRITERIA.map((c) => (
            <ColumnSelect
              key={c.id}
              {...props}
              path={`source.columns.${c.id}`}
              label={c.label}
              empty="Not used"
              value={draft.source.columns[c.id] ?? null}
              onChange={(col) =>
                props.setDraft(
                  produce(draft, (d) => {
                    if (col === null) delete d.source.columns[c.id];
                    else d.source.columns[c.id] = col;
                  }),
                )
              }
            />
          ))}
          <ExtraCriteria {...props} draft={draft} />
          <WordMaps {...props} draft={draft} />
          <RowCounts {...props} />
          <ScoreFormulaNote {...props} />
        </>
      )}
    </div>
  );
}

function ColumnSelect(
  props: StepProps & {
    path: string;
    label: string;
    empty?: string;
    value: number | null;
    onChange: (column: number | null) => void;
  },
) {
  const options = props.table?.columnOptions ?? [];
  return (
    <Field path={props.path} label={props.label} errors={props.errors}>
      {(control) => (
        <select
          {...control}
          value={props.value === null ? '' : String(props.value)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            props.onChange(v === '' ? null : Number(v));
          }}
        >
          {(props.empty || props.value === null) && <option value="">{props.empty ?? ''}</option>}
          {props.value !== null && !options.some((o) => o.column === props.value) && (
            <option value={String(props.value)}>Column {props.value}</option>
          )}
          {options.map((o) => (
            <option key={o.column} value={String(o.column)}>
              {o.header}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function RowCounts({ preview, previewStale, warnings }: StepProps) {
  if (!preview) return previewStale ? null : <p class="muted">Counting partners…</p>;
  const { counts, partners } = preview;
  const scored = partners.filter((p) => p.rank !== null);
  const insufficient = partners.filter((p) => p.status === 'insufficient');
  const invalid = partners.filter((p) => p.status === 'invalid');
  const duplicates = partners.filter((p) => p.duplicateName);
  return (
    <div class="counts" aria-live="polite">
      <h3>What the rows hold</h3>
      <p>{counts.rows} rows below the header.</p>
      <PartnerList title="Partners found and scored" partners={scored} showReason={false} />
      <PartnerList title="Insufficient data" partners={insufficient} />
      <PartnerList title="Invalid rows" partners={invalid} />
      <PartnerList title="Duplicate names" partners={duplicates} showReason={false} />
      <Messages
        messages={warnings.list.filter((w) => w.field.startsWith('source')).map((w) => w.message)}
      />
    </div>
  );
}

function PartnerList(props: { title: string; partners: PlannedPartner[]; showReason?: boolean }) {
  if (props.partners.length === 0)
    return (
      <p class="count-line">
        {props.title}: <strong>0</strong>
      </p>
    );
  return (
    <details class="count-line">
      <summary>
        {props.title}: <strong>{props.partners.length}</strong>
      </summary>
      <ul class="plain">
        {props.partners.map((p) => (
          <li key={p.sheetRow}>
            <span class="name">{p.name || '(no name)'}</span>{' '}
            <span class="muted">row {p.sheetRow}</span>
            {props.showReason !== false && (p.reason || p.admitWhen) && (
              <div class="muted small">{[p.reason, p.admitWhen].filter(Boolean).join(' ')}</div>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
