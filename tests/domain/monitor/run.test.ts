import { describe, expect, it } from 'vitest';
import { emptyMemory } from '../../../src/domain/monitor/rules';
import { monitorRun } from '../../../src/domain/monitor/run';
import { isEmailAddress } from '../../../src/shared/recipients';
import { plan } from './fixtures';

const ok = () => null;
const base = { today: '2026-02-11', remainingQuota: 100, documentName: 'Partners Q1' };

describe('monitorRun', () => {
  it('sends one digest per recipient, however many gates and plans concern them', () => {
    const a = plan({ revenue: 'STOP', cac: 'STOP' }, { sheet: 'Pilot plan B0373 v1' });
    const b = plan({ revenue: 'STALE', cac: 'GO' }, { sheet: 'Pilot plan B0374 v1' });
    const out = monitorRun({ ...base, plans: [a, b], memory: emptyMemory() }, ok);
    expect(out.send.map((d) => d.recipient).sort()).toEqual(['ana@example.com', 'raj@example.com']);
    const ana = out.send.find((d) => d.recipient === 'ana@example.com');
    expect(ana?.notifications).toHaveLength(2);
    expect(ana?.subject).toBe(
      'Partner Pilot gate monitor: 1 gate at STOP, 1 gate STALE (Partners Q1)',
    );
    expect(ana?.body).toContain(
      'B0373 v1 (sheet "Pilot plan B0373 v1"): https://docs.example/#gid=7',
    );
    expect(ana?.body).toContain('B0374 v1');
    expect(out.summary).toMatchObject({ emailsSent: 2, held: 0, undeliverable: 0 });
  });

  it('sends nothing and logs only the run when nothing changed', () => {
    const first = monitorRun(
      {
        ...base,
        plans: [plan({ revenue: 'STOP', cac: 'GO' })],
        memory: emptyMemory(),
      },
      ok,
    );
    const second = monitorRun(
      {
        ...base,
        plans: [plan({ revenue: 'STOP', cac: 'GO' })],
        memory: first.memory,
      },
      ok,
    );
    expect(second.send).toEqual([]);
    expect(second.log).toHaveLength(1);
    expect(second.log[0].note).toContain('nothing to send');
  });

  it('holds what the quota cannot carry, logs it, and sends it on the next run', () => {
    const p = plan({ revenue: 'STOP', cac: 'STOP' });
    const short = monitorRun({ ...base, plans: [p], memory: emptyMemory(), remainingQuota: 1 }, ok);
    expect(short.send).toHaveLength(1);
    expect(short.summary.held).toBe(1);
    const heldRow = short.log.find((r) => r.note.startsWith('Not sent: daily mail quota'));
    expect(heldRow?.told).toBe(
      short.send[0].recipient === 'ana@example.com' ? 'raj@example.com' : 'ana@example.com',
    );
    expect(short.memory.held).toHaveLength(1);
    const next = monitorRun({ ...base, today: '2026-02-12', plans: [p], memory: short.memory }, ok);
    expect(next.send.map((d) => d.recipient)).toEqual([heldRow?.told]);
    expect(next.log.some((r) => r.note.includes('held from an earlier run'))).toBe(true);
    expect(next.memory.held).toEqual([]);
  });

  it('sends nothing at all with no quota left, and loses nothing', () => {
    const p = plan({ revenue: 'STOP', cac: 'STOP' });
    const none = monitorRun({ ...base, plans: [p], memory: emptyMemory(), remainingQuota: 0 }, ok);
    expect(none.send).toEqual([]);
    expect(none.memory.held.map((n) => n.recipient).sort()).toEqual([
      'ana@example.com',
      'raj@example.com',
    ]);
  });

  it('drops held notifications of a plan that is no longer monitored', () => {
    const v1 = plan({ revenue: 'STOP', cac: 'GO' });
    const short = monitorRun(
      { ...base, plans: [v1], memory: emptyMemory(), remainingQuota: 0 },
      ok,
    );
    const v2 = plan({ revenue: 'GO', cac: 'GO' }, { sheet: 'Pilot plan B0373 v2' });
    const next = monitorRun({ ...base, plans: [v2], memory: short.memory }, ok);
    expect(next.send).toEqual([]);
    expect(next.memory.held).toEqual([]);
  });

  it('logs a recipient that is not an email address with what to change', () => {
    const p = plan({ revenue: 'GO', cac: 'STOP' });
    p.gates[1].owner = 'Revenue operations lead';
    const out = monitorRun({ ...base, plans: [p], memory: emptyMemory() }, ok);
    expect(out.send).toEqual([]);
    expect(out.log[1]).toMatchObject({ told: 'Revenue operations lead', to: 'STOP' });
    expect(out.log[1].note).toContain('is not an email address');
    expect(out.memory.held).toEqual([]);
  });

  it('holds a digest whose sending failed, and says why', () => {
    const p = plan({ revenue: 'STOP', cac: 'GO' });
    const out = monitorRun({ ...base, plans: [p], memory: emptyMemory() }, () => ({
      error: 'Service invoked too many times for one day: email.',
      permanent: false,
    }));
    expect(out.send).toEqual([]);
    expect(out.summary).toMatchObject({ emailsSent: 0, held: 1 });
    expect(out.log[1].note).toBe(
      'Not sent: sending failed (Service invoked too many times for one day: email.); kept for the next run (turned STOP)',
    );
    expect(out.memory.held).toHaveLength(1);
  });

  it('reports an address MailApp refuses once, as undeliverable, and never retries it', () => {
    const p = plan({ revenue: 'GO', cac: 'STOP' });
    p.gates[1].owner = 'dana@example..com';
    const refuse = () => ({ error: 'Invalid email: dana@example..com', permanent: true });
    const out = monitorRun({ ...base, plans: [p], memory: emptyMemory() }, refuse);
    expect(out.summary).toMatchObject({ emailsSent: 0, held: 0, undeliverable: 1 });
    expect(out.log[1].note).toBe(
      "Not sent: MailApp refused the address (Invalid email: dana@example..com): correct it in the plan's Owner cell or escalation path.",
    );
    expect(out.memory.held).toEqual([]);
    const next = monitorRun({ ...base, plans: [p], memory: out.memory }, refuse);
    expect(next.summary).toMatchObject({ emailsSent: 0, held: 0, undeliverable: 0 });
  });

  it('emails every address of an owner cell, and logs the part that is not one', () => {
    const p = plan({ revenue: 'GO', cac: 'STOP' });
    p.gates[1].owner = 'Dana Whitfield <dana@example.com>; luis@example.com, Revenue operations';
    const out = monitorRun({ ...base, plans: [p], memory: emptyMemory() }, ok);
    expect(out.send.map((d) => d.recipient)).toEqual(['dana@example.com', 'luis@example.com']);
    expect(out.log.slice(1).map((r) => `${r.told}: ${r.note}`)).toEqual([
      'dana@example.com: Emailed (turned STOP)',
      'luis@example.com: Emailed (turned STOP)',
      'Revenue operations: Not sent: "Revenue operations" is not an email address: put the person\'s email in the plan\'s Owner cell or escalation path.',
    ]);
    const next = monitorRun({ ...base, plans: [p], memory: out.memory }, ok);
    expect(next.send).toEqual([]);
  });

  it('tells names from addresses', () => {
    expect(isEmailAddress(' ana@example.com ')).toBe(true);
    expect(isEmailAddress('Channel sales lead')).toBe(false);
    expect(isEmailAddress('ana@example')).toBe(false);
  });
});
