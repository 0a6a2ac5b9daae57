/**
 * Who an Owner or escalation cell names, read one way by the gate monitor (who is emailed)
 * and the sidebar (who is warned about), so the two never disagree. A cell may hold several
 * addresses (`dana@example.com, luis@example.com`, or with `;`) and the form Gmail and
 * Outlook copy (`Dana Whitfield <dana@example.com>`); a role ('Channel sales lead') names
 * nobody to email.
 */

// Deliberately plain: the aim is to tell a name from an address, not to validate RFC 5322.
const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;
// Between people; a Japanese IME types the full-width forms.
const SEPARATORS = new Set([',', ';', '\n', '、', '，', '；']);

/**
 * Whether `text` (trimmed) is one bare email address (something@domain.tld): only tells an
 * address from a name or a role; not RFC 5322 validation.
 */
export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text.trim());
}

export interface CellRecipients {
  /** The bare addresses, in cell order, each once (compared without case). */
  addresses: string[];
  /**
   * What names nobody to email: each part that is not an address, or the whole cell as
   * typed when it holds no address at all (a role such as 'Sales, EMEA' stays one).
   */
  others: string[];
}

/**
 * The people in `cell`: split at `,` `;` or a line break (outside quotes and `<…>`), each part
 * a bare address or `Name <address>`. A blank cell names nobody. Throws nothing.
 */
export function readRecipients(cell: string): CellRecipients {
  const addresses = new Map<string, string>();
  const others: string[] = [];
  for (const part of splitPeople(cell)) {
    const bracketed = /<([^<>]*)>$/.exec(part)?.[1]?.trim();
    const address = bracketed !== undefined ? bracketed : part;
    if (isEmailAddress(address)) {
      if (!addresses.has(address.toLowerCase())) addresses.set(address.toLowerCase(), address);
    } else others.push(part);
  }
  const trimmed = cell.trim();
  if (!addresses.size) return { addresses: [], others: trimmed ? [trimmed] : [] };
  return { addresses: [...addresses.values()], others };
}

function splitPeople(cell: string): string[] {
  const parts: string[] = [];
  let part = '';
  let quoted = false;
  let angled = false;
  for (const ch of cell) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '<') angled = true;
    else if (ch === '>') angled = false;
    if (!quoted && !angled && SEPARATORS.has(ch)) {
      parts.push(part);
      part = '';
    } else part += ch;
  }
  parts.push(part);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * What the monitor cannot email among `cells` (owners, escalation path): each non-address
 * part once, in order, for the sidebar's warning before the monitor is turned on.
 */
export function unmailable(cells: readonly string[]): string[] {
  return [...new Set(cells.flatMap((cell) => readRecipients(cell).others))];
}
