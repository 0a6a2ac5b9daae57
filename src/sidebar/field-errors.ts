/**
 * Server messages by the dotted request path they concern, so each control can show the
 * messages about itself and a section the messages about the whole group.
 */
import type { FieldError } from '../shared/plan-types';

export class FieldMessages {
  private readonly byField = new Map<string, string[]>();

  constructor(readonly list: FieldError[] = []) {
    for (const { field, message } of list) {
      const messages = this.byField.get(field) ?? [];
      if (!messages.includes(message)) messages.push(message);
      this.byField.set(field, messages);
    }
  }

  at(field: string): string[] {
    return this.byField.get(field) ?? [];
  }

  /** Messages about `field` or anything inside it, once each. */
  under(field: string): string[] {
    const inside = this.list.filter((e) => e.field === field || e.field.startsWith(`${field}.`));
    return [...new Set(inside.map((e) => e.message))];
  }

  get size(): number {
    return this.list.length;
  }
}
