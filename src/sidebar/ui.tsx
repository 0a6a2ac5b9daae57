/**
 * Labelled controls in the style of Google's add-on sidebars. Every control has a label
 * (visible, or aria-label in tables) and shows the messages about its request field.
 */
import type { ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { SidebarText } from '../shared/i18n/sidebar';
import type { Option } from '../shared/schema/options';
import type { BoxKind } from './box-units';
import type { FieldMessages } from './field-errors';
import { formatNumber, plainNumber, readBoxNumber } from './numbers';
import { UnreadContext } from './unread-boxes';
import { fieldId } from './wizard-steps';

/**
 * A field's messages as an ARIA alert under `id` (which the control's aria-describedby names);
 * nothing when there are none. Message text is rendered as text, never as HTML.
 */
export function Messages(props: { id?: string; messages: string[] }) {
  if (props.messages.length === 0) return null;
  return (
    <div id={props.id} class="field-error" role="alert">
      {props.messages.map((m) => (
        <div key={m}>{m}</div>
      ))}
    </div>
  );
}

/** The attributes Field hands its control: its id and how it is described. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

interface FieldProps {
  /** The dotted request path; the control's id and its messages follow from it. */
  path: string;
  label: string;
  errors: FieldMessages;
  hint?: string;
  children: (control: ControlProps) => ComponentChildren;
}

/** A label above its control, with a hint and the field's messages below. */
export function Field(props: FieldProps) {
  const id = fieldId(props.path);
  const messages = props.errors.at(props.path);
  const described = [props.hint && `${id}-hint`, messages.length > 0 && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.children({
        id,
        'aria-invalid': messages.length > 0,
        'aria-describedby': described || undefined,
      })}
      {props.hint && (
        <div id={`${id}-hint`} class="hint">
          {props.hint}
        </div>
      )}
      <Messages id={`${id}-error`} messages={messages} />
    </div>
  );
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

interface NumberInputProps {
  /** Required: the wizard keeps a refused text under it (unread-boxes.ts). */
  id: string;
  /** What the box holds: a unit typed that is not its own is refused (box-units.ts). */
  kind: BoxKind;
  value: number | null;
  onChange: (value: number | null) => void;
  /** Shown multiplied (100 for percentages kept as fractions). */
  scale?: number;
  /**
   * The most the box takes, in the unit it shows (100 for a share), and then nothing
   * below 0 (readBoxNumber); without it any number is taken.
   */
  max?: number;
  /** Decimals shown; default: all a person would type. */
  digits?: number;
  /** Empty means null (e.g. "no cap"); without it an empty box keeps the last number. */
  allowEmpty?: boolean;
  /**
   * How the box reads when the cursor is elsewhere ("$633,358", "38.4%", "72 hrs"), given
   * the value as shown (scaled); while focused it shows the plain number to edit. A
   * percent box without one shows its number with %.
   */
  format?: (shown: number) => string;
  class?: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  placeholder?: string;
  /**
   * Takes the message about text the box does not read (null once it reads) to show it
   * elsewhere, e.g. under a table row, which aria-describedby then names; without it the
   * box shows the message under itself.
   */
  onProblem?: (message: string | null) => void;
}

/**
 * A text box for numbers that keeps what the user is typing ("0.", "1,2") until it reads
 * as a number, instead of rewriting it under the cursor as a controlled number input would.
 * It reads as a cell does (numbers.ts: `12k`, `1,5 Mio`) and takes only its kind's unit
 * (`90 %` is no amount); text that does not read stays in the box on leaving it, marked,
 * with the reader's message saying why and what to type.
 * The draft keeps its last number until the text reads, so the text is also kept in the
 * wizard's UnreadContext (under the box's id, with its label): the write is blocked while
 * it is there, and the box shows it again when remounted (a step change, a reopen).
 */
export function NumberInput(props: NumberInputProps) {
  const scale = props.scale ?? 1;
  const kind = props.kind;
  const scaled = props.value === null ? null : round(props.value * scale, props.digits ?? 6);
  // A percent box edits its number with %: a plain 0.5 there would read as 50 %.
  const plain = scaled === null ? '' : `${plainNumber(scaled)}${kind === 'percent' ? '%' : ''}`;
  const format =
    props.format ?? (kind === 'percent' ? (n: number) => `${formatNumber(n, 6)}%` : undefined);
  const shown = scaled === null || !format ? plain : format(scaled);
  const unread = useContext(UnreadContext);
  const kept = unread.boxes[props.id];
  const [text, setText] = useState(kept ? kept.text : shown);
  const [invalid, setInvalid] = useState(!!kept);
  /** Why the text left in the box is not read; shown once the user leaves it. */
  const [problem, setOwnProblem] = useState<string | null>(() => {
    const read = kept && readBoxNumber(kept.text, kind, props.max);
    return read && !read.ok ? read.message : null;
  });
  const setProblem = (message: string | null) => {
    if (message === problem) return;
    setOwnProblem(message);
    props.onProblem?.(message);
  };
  const problemId = `${props.id}-unread`;
  /** The box's name in a message about it: its aria-label, else its label's text. */
  const name = () =>
    props['aria-label'] ??
    document.querySelector(`label[for="${props.id}"]`)?.textContent ??
    props.id;
  const keep = (typed: string | null) =>
    unread.set(props.id, typed === null ? null : { text: typed, name: name(), step: unread.step });
  const idNow = useRef(props.id);
  useEffect(() => {
    // A kept text's message goes where the step shows it; a box removed (not left by a
    // step change) takes its text with it, as nothing would show it again.
    if (problem) props.onProblem?.(problem);
    // Remounted in place (a new key), the old box's cleanup below has just dropped the text.
    if (kept) keep(kept.text);
    return () => {
      if (unread.changingStep()) return;
      unread.set(idNow.current, null);
      props.onProblem?.(null);
    };
  }, []);
  // A row that moves up (a metric above it removed) takes its kept text to its new id.
  useEffect(() => {
    const before = idNow.current;
    idNow.current = props.id;
    const moved = unread.boxes[before];
    if (before === props.id || !moved) return;
    unread.set(before, null);
    unread.set(props.id, moved);
  }, [props.id]);
  // The label follows the sidebar's language (the text kept must be this box's own: for a
  // render, a row moved up sees the id of the row it replaces).
  useEffect(() => {
    if (kept && kept.text === text && kept.name !== name()) keep(text);
  });
  const focused = useRef(false);
  /** Typed into since it took the focus. */
  const edited = useRef(false);
  // An outside change (a restored draft, a newly derived threshold) rewrites the box,
  // but never under the cursor: once the user types, the box shows what is typed. A box
  // tabbed into just before a preview answered shows the new number, not the old one.
  useEffect(() => {
    // Refused text stays until the user fixes it: a new derived number must not hide it.
    if (!readBoxNumber(text, kind, props.max).ok || (focused.current && edited.current)) return;
    setText(focused.current ? plain : shown);
    setInvalid(false);
    setProblem(null);
  }, [shown]);
  const own = problem !== null && !props.onProblem;
  const described = [props['aria-describedby'], own && problemId].filter(Boolean).join(' ');
  return (
    <>
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        id={props.id}
        class={props.class}
        value={text}
        placeholder={props.placeholder}
        aria-label={props['aria-label']}
        aria-invalid={props['aria-invalid'] || invalid}
        aria-describedby={described || undefined}
        onFocus={(e) => {
          focused.current = true;
          // Unread text left in the box is the user's, kept to be corrected.
          edited.current = invalid;
          // At once, not on the next render, and selected whole: typing replaces the number
          // as it would have replaced the formatted text. Unread text stays to be corrected.
          if (!invalid && e.currentTarget.value !== plain) {
            e.currentTarget.value = plain;
            e.currentTarget.select();
            setText(plain);
          }
        }}
        onBlur={(e) => {
          focused.current = false;
          const read = readBoxNumber(e.currentTarget.value, kind, props.max);
          if (!read.ok) {
            setProblem(read.message);
            return;
          }
          // An emptied box that needs a number shows its number again.
          setInvalid(false);
          setProblem(null);
          setText(shown);
        }}
        onInput={(e) => {
          edited.current = true;
          const next = e.currentTarget.value;
          setText(next);
          const read = readBoxNumber(next, kind, props.max);
          const unreadable = !read.ok || (read.value === null && !props.allowEmpty);
          setInvalid(unreadable);
          if (read.ok) setProblem(null);
          // At once, not on leaving the box: a click on Write may come before the blur renders.
          if (!read.ok) keep(next);
          else if (kept) keep(null);
          if (!unreadable) props.onChange(read.value === null ? null : read.value / scale);
        }}
      />
      {own && (
        <div id={problemId} class="field-error" role="alert">
          {problem}
        </div>
      )}
    </>
  );
}

/**
 * A one-line text box that reports every keystroke's value as typed (no trimming: toRequest and
 * the server's checks judge it).
 */
export function TextInput(props: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-label'?: string;
}) {
  return (
    <input
      type="text"
      autoComplete="off"
      id={props.id}
      value={props.value}
      aria-invalid={props['aria-invalid']}
      aria-describedby={props['aria-describedby']}
      aria-label={props['aria-label']}
      onInput={(e) => props.onChange(e.currentTarget.value)}
    />
  );
}

/**
 * A text area for a list, one item per line; blank lines are kept while the user types and
 * dropped when the draft is sent (toRequest).
 */
export function LinesInput(props: {
  id: string;
  value: string[];
  onChange: (value: string[]) => void;
  rows?: number;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  return (
    <textarea
      id={props.id}
      rows={props.rows ?? 3}
      value={props.value.join('\n')}
      aria-invalid={props['aria-invalid']}
      aria-describedby={props['aria-describedby']}
      onInput={(e) => props.onChange(e.currentTarget.value.split('\n'))}
    />
  );
}

/** A titled block of a step (an h3 heading over its children). */
export function Section(props: { title: string; children: ComponentChildren }) {
  return (
    <section class="section">
      <h3>{props.title}</h3>
      {props.children}
    </section>
  );
}

/**
 * A dropdown over one of the request's option lists (src/shared/schema/options.ts): shows
 * each option's label in the sidebar's language (`t.options`, else the list's English
 * label) and hands `onChange` the chosen value, typed as the list's union.
 */
export function OptionSelect<T extends string>(
  props: ControlProps & {
    t: SidebarText;
    options: readonly Option<T>[];
    value: T;
    onChange: (value: T) => void;
  },
) {
  const { t, options, value, onChange, ...control } = props;
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {t.options[o.value] ?? o.label}
        </option>
      ))}
    </select>
  );
}
