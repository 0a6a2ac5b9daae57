/**
 * A plan's default words follow its language (README, Languages): a draft begun in one
 * language and switched to the other would otherwise keep the first one's wave names, metric
 * names, owner roles, people, title and source line, since the sidebar sends them back as
 * typed. A value equal to another language's default for the same field is one the user has
 * not edited, and takes this language's; any other value is the user's own text and stays.
 * The wave names count as one field: they are translated only when all are the defaults.
 */
import { type DefaultsText, defaultsText } from '../../shared/i18n/defaults';
import { LANGUAGES, type Language } from '../../shared/i18n/language';
import type { PlanRequest } from '../../shared/plan-types';

/**
 * `request` with every default word of another language put in `language` (the rule in the
 * module header). Values of the wrong type are left for the schema to report. Pure.
 */
export function defaultsInLanguage(
  request: PlanRequest,
  language: Language,
  spreadsheet: string,
): PlanRequest {
  const mine = defaultsText(language);
  const words = new Map<string, string>();
  const pair = (other: unknown, own: unknown) => {
    if (typeof other === 'string' && typeof own === 'string' && other !== own)
      words.set(other, own);
  };
  const others = LANGUAGES.filter((l) => l !== language).map(defaultsText);
  for (const other of others) {
    pairRoles(other, mine, pair);
    pair(other.title, mine.title);
    const sheet = String(request.source?.sheetName ?? '');
    pair(other.source({ sheet, spreadsheet }), mine.source({ sheet, spreadsheet }));
  }
  const word = <T>(x: T): T => (typeof x === 'string' ? ((words.get(x) ?? x) as T) : x);
  const list = <T>(xs: T): T => (Array.isArray(xs) ? (xs.map(word) as T) : xs);
  const { waves, people, record, metrics } = request;
  // Wave names go as a list: one name typed in the other language's words is the user's.
  const count = Array.isArray(waves?.names) ? waves.names.length : 0;
  const names = others.some((t) => sameList(waves?.names, t.waveNames({ count })))
    ? mine.waveNames({ count })
    : waves?.names;
  const variants = record?.nameVariants;
  const defaultVariants = (t: DefaultsText) =>
    JSON.stringify(Object.values(t.nameVariants).filter((n) => n.text !== ''));
  const untouched = others.some((t) => JSON.stringify(variants) === defaultVariants(t));
  return {
    ...request,
    waves: waves && { ...waves, names },
    people: people && {
      ...people,
      decisionMaker: word(people.decisionMaker),
      escalation: list(people.escalation),
      inputOwners: people.inputOwners && mapValues(people.inputOwners, word),
      consulted: list(people.consulted),
      informed: list(people.informed),
    },
    record: record && {
      ...record,
      title: word(record.title),
      source: word(record.source),
      nameVariants: untouched ? JSON.parse(defaultVariants(mine)) : variants,
    },
    metrics: Array.isArray(metrics)
      ? metrics.map((m) =>
          typeof m === 'object' && m ? { ...m, name: word(m.name), owner: word(m.owner) } : m,
        )
      : metrics,
  };
}

/** The role words of `other` paired with `mine`'s: metric names and owners, people. */
function pairRoles(
  other: DefaultsText,
  mine: DefaultsText,
  pair: (other: unknown, own: unknown) => void,
): void {
  for (const [kind, metric] of Object.entries(other.metrics)) {
    pair(metric.name, mine.metrics[kind]?.name);
    pair(metric.owner, mine.metrics[kind]?.owner);
  }
  for (const [key, role] of Object.entries(other.inputOwners))
    pair(role, mine.inputOwners[key as keyof DefaultsText['inputOwners']]);
  pair(other.decisionMaker, mine.decisionMaker);
  pair(other.escalation, mine.escalation);
  for (const [i, role] of other.consulted.entries()) pair(role, mine.consulted[i]);
  for (const [i, role] of other.informed.entries()) pair(role, mine.informed[i]);
}

function sameList(a: unknown, b: readonly string[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);
}

function mapValues<T extends Record<string, unknown>>(o: T, f: (x: unknown) => unknown): T {
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, f(x)])) as T;
}
