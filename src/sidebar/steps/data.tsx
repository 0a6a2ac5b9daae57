/** Step 1: the partner table on the sheet, its column mapping, and what the rows hold. */
import { CRITERIA } from '../../domain/scoring/criteria';
import type { SidebarText } from '../../shared/i18n/sidebar';
import type { PlannedPartner } from '../../shared/plan-types';
import { produce } from '../draft';
import { Field, Messages, NumberInput } from '../ui';
import { PartnerChoices } from './partner-choices';
import type { StepProps } from './step-props';
import {
  ExtraCriteria,
  HeaderNotices,
  ScoreFormulaNote,
  UnreadColumns,
  WordMaps,
} from './table-reading';

/**
 * Step 1, Data: the source sheet and its detected table; edits source.sheetName, headerRow,
 * partnerColumn, ownerColumn and columns (one 1-based column per criterion, or none).
 */
export function DataStep(props: StepProps) {
  const { t, context, draft, errors } = props;
  const sheets = context.sheets.filter((s) => !s.writtenByPlanner);
  const sheetName = draft?.source.sheetName ?? '';
  return (
    <div>
      <p class="intro">{t.data.intro}</p>
      {context.lastRequestProblem && <p class="notice">{context.lastRequestProblem}</p>}
      <Field path="source.sheetName" label={t.data.sheet} errors={errors}>
        {(control) => (
          <select
            {...control}
            value={sheetName}
            onChange={(e) => props.readTable(e.currentTarget.value)}
          >
            {!draft && <option value="">{t.data.chooseSheet}</option>}
            {sheets.map((s) => (
              <option key={s.sheetId} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!draft && <p class="notice">{t.data.noTable({ sheet: context.activeSheet })}</p>}
      {draft && (
        <>
          <Field
            path="source.headerRow"
            label={t.data.headerRow}
            errors={errors}
            hint={t.data.headerRowHint}
          >
            {(control) => (
              <NumberInput
                {...control}
                kind="count"
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
            label={t.data.partnerName}
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
            label={t.data.accountOwner}
            empty={t.data.none}
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
              label={t.criteria[c.id]}
              empty={t.data.notUsed}
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
          <UnreadColumns {...props} />
          <ExtraCriteria {...props} draft={draft} />
          <WordMaps {...props} draft={draft} />
          <RowCounts {...props} />
          <ScoreFormulaNote {...props} />
          <PartnerChoices {...props} draft={draft} />
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
            <option value={String(props.value)}>{props.t.data.column({ n: props.value })}</option>
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

function RowCounts({ t, preview, previewStale, warnings }: StepProps) {
  if (!preview) return previewStale ? null : <p class="muted">{t.data.counting}</p>;
  const { counts, partners, totals } = preview;
  const scored = partners.filter((p) => p.rank !== null);
  const insufficient = partners.filter((p) => p.status === 'insufficient');
  const invalid = partners.filter((p) => p.status === 'invalid');
  const duplicates = partners.filter((p) => p.duplicateName);
  const partial = scored.filter((p) => p.scoredWithout.length > 0);
  const byHand = partners.filter((p) => p.status === 'excluded');
  return (
    <div class="counts" aria-live="polite">
      <h3>{t.data.rowsHold}</h3>
      <p>{t.data.rows({ n: counts.rows })}</p>
      <PartnerList
        t={t}
        title={t.data.scored}
        partners={scored}
        total={totals.ranked}
        showReason={false}
      />
      <PartnerList t={t} title={t.data.partial} partners={partial} total={totals.partial} />
      <PartnerList t={t} title={t.data.byHand} partners={byHand} total={totals.excluded} />
      <PartnerList
        t={t}
        title={t.data.insufficient}
        partners={insufficient}
        total={totals.insufficient}
      />
      <PartnerList t={t} title={t.data.invalid} partners={invalid} total={totals.invalid} />
      <PartnerList
        t={t}
        title={t.data.duplicates}
        partners={duplicates}
        total={totals.duplicateNames}
        showReason={false}
      />
      <Messages
        messages={warnings.list.filter((w) => w.field.startsWith('source')).map((w) => w.message)}
      />
    </div>
  );
}

function PartnerList(props: {
  t: SidebarText;
  title: string;
  partners: PlannedPartner[];
  /** How many the plan holds; `partners` may be the first of them only. */
  total: number;
  showReason?: boolean;
}) {
  if (props.total === 0)
    return (
      <p class="count-line">
        {props.title}: <strong>0</strong>
      </p>
    );
  const more = props.total - props.partners.length;
  return (
    <details class="count-line">
      <summary>
        {props.title}: <strong>{props.total}</strong>
      </summary>
      <ul class="plain">
        {props.partners.map((p) => (
          <li key={p.sheetRow}>
            <span class="name">{p.name || props.t.data.noName}</span>{' '}
            <span class="muted">{props.t.data.row({ n: p.sheetRow })}</span>
            {props.showReason !== false && (p.reason || p.admitWhen) && (
              <div class="muted small">{[p.reason, p.admitWhen].filter(Boolean).join(' ')}</div>
            )}
          </li>
        ))}
        {more > 0 && <li class="muted">{props.t.data.more({ n: more })}</li>}
      </ul>
    </details>
  );
}
