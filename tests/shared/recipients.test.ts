import { describe, expect, it } from 'vitest';
import { sidebarText } from '../../src/shared/i18n/sidebar';
import { isEmailAddress, readRecipients, unmailable } from '../../src/shared/recipients';

describe('the people an Owner or escalation cell names', () => {
  it('reads several addresses, separated as people type them', () => {
    for (const cell of [
      'dana@example.com, luis@example.com',
      'dana@example.com; luis@example.com',
      'dana@example.com\nluis@example.com',
      'dana@example.com、luis@example.com',
      'dana@example.com,, LUIS@example.com; luis@example.com',
    ])
      expect(
        readRecipients(cell).addresses.map((a) => a.toLowerCase()),
        cell,
      ).toEqual(['dana@example.com', 'luis@example.com']);
  });

  it('reads the address of a "Name <address>", a comma inside quotes included', () => {
    expect(readRecipients('Dana Whitfield <dana@example.com>')).toEqual({
      addresses: ['dana@example.com'],
      others: [],
    });
    expect(readRecipients('"Whitfield, Dana" <dana@example.com>, Luis <luis@example.com>')).toEqual(
      { addresses: ['dana@example.com', 'luis@example.com'], others: [] },
    );
  });

  it('keeps a role whole, and names the part of a cell that is not an address', () => {
    expect(readRecipients('Channel sales lead')).toEqual({
      addresses: [],
      others: ['Channel sales lead'],
    });
    expect(readRecipients('Sales, EMEA')).toEqual({ addresses: [], others: ['Sales, EMEA'] });
    expect(readRecipients('dana@example.com, Revenue operations')).toEqual({
      addresses: ['dana@example.com'],
      others: ['Revenue operations'],
    });
    expect(readRecipients('  ')).toEqual({ addresses: [], others: [] });
  });

  it('tells one bare address from anything else', () => {
    expect(isEmailAddress(' ana@example.com ')).toBe(true);
    expect(isEmailAddress('Ana <ana@example.com>')).toBe(false);
    expect(isEmailAddress('ana@example.com, raj@example.com')).toBe(false);
  });
});

describe('the sidebar’s warning about owners the monitor cannot email', () => {
  const owners = [
    'Dana Whitfield <dana@example.com>',
    'dana@example.com, luis@example.com',
    'Channel sales lead',
    'Channel sales lead',
    '',
  ];

  it('lists only what is not an address, by the monitor’s own rule', () => {
    expect(unmailable(owners)).toEqual(['Channel sales lead']);
    expect(unmailable(['a@example.com; Revenue operations', 'Sales, EMEA'])).toEqual([
      'Revenue operations',
      'Sales, EMEA',
    ]);
  });

  it('says it in good English and in Japanese', () => {
    const roles = ['Channel sales lead', 'Sales, EMEA'];
    expect(sidebarText('en').monitor.roles({ roles: roles.slice(0, 1) })).toBe(
      'This owner is not an email address, so the monitor cannot email them: Channel sales lead. Enter email addresses on the People step to have them told.',
    );
    expect(sidebarText('en').monitor.roles({ roles })).toMatch(
      /^These owners are not email addresses, so the monitor cannot email them: Channel sales lead, Sales, EMEA\./,
    );
    expect(sidebarText('ja').monitor.roles({ roles })).toMatch(
      /^次のオーナーはメールアドレスではないため.*Channel sales lead、Sales, EMEA。/,
    );
  });
});
