/**
 * ScriptApp: installable triggers (the time-driven kind an add-on uses, plus the
 * spreadsheet kinds), listing and deleting them, the enums and getAuthorizationInfo.
 * Triggers belong to the runtime's one user and one document and survive executions;
 * runtime.runTrigger fires one with the event object Apps Script passes. The add-on
 * rules are enforced with Google's limits: one trigger of each type per user per
 * document, time-driven at most hourly, 20 per user per script.
 */
import type { Env, RuntimeState } from '../state';
import { requireScope } from './scopes';
import { asGoogle, enumOf, track } from './track';

type Trigger = GoogleAppsScript.Script.Trigger;
type ClockTriggerBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;
type SpreadsheetTriggerBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;

export const SCRIPT_APP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';

export type TriggerEventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

export interface TriggerInfo {
  uniqueId: string;
  handlerFunction: string;
  eventType: TriggerEventType;
  everyDays?: number;
  everyHours?: number;
  atHour?: number;
  /** inTimezone(tz): the zone atHour is read in; without it, the script's (the manifest's). */
  timeZone?: string;
  user: string;
}

interface TriggerState {
  triggers: TriggerInfo[];
  nextId: number;
  authorizationRequired: boolean;
}

const MAX_TRIGGERS_PER_USER = 20;

const triggerStates = new WeakMap<RuntimeState, TriggerState>();

function triggerState(state: RuntimeState): TriggerState {
  let t = triggerStates.get(state);
  if (!t) {
    t = { triggers: [], nextId: 1, authorizationRequired: false };
    triggerStates.set(state, t);
  }
  return t;
}

/** The installed triggers, oldest first (copies). */
export function installedTriggers(state: RuntimeState): TriggerInfo[] {
  return triggerState(state).triggers.map((t) => ({ ...t }));
}

/** The installed trigger whose handler is `handler` (a copy), if any. */
export function triggerFor(state: RuntimeState, handler: string): TriggerInfo | undefined {
  const found = triggerState(state).triggers.find((t) => t.handlerFunction === handler);
  return found && { ...found };
}

/** As after the user revokes the add-on's access: getAuthorizationStatus() says REQUIRED. */
export function setAuthorizationRequired(state: RuntimeState, required: boolean): void {
  triggerState(state).authorizationRequired = required;
}

/** The event object of a time-driven trigger, as Apps Script passes it (times in UTC). */
export function triggerEvent(trigger: TriggerInfo, nowMs: number): Record<string, unknown> {
  const now = new Date(nowMs);
  const start = Date.UTC(now.getUTCFullYear(), 0, 1);
  return {
    authMode: 'FULL',
    triggerUid: trigger.uniqueId,
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    'day-of-month': now.getUTCDate(),
    'day-of-week': now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
    'week-of-year': Math.ceil(((nowMs - start) / 86_400_000 + 1) / 7),
    hour: now.getUTCHours(),
    minute: now.getUTCMinutes(),
    second: now.getUTCSeconds(),
    timezone: 'UTC',
  };
}

const EventType = enumOf(
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_CHANGE',
  'ON_FORM_SUBMIT',
  'ON_EVENT_UPDATED',
);
const TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
const AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
const AuthorizationStatus = enumOf('REQUIRED', 'NOT_REQUIRED');
const WeekDay = enumOf(
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
);

/**
 * The ScriptApp global of one execution. The enums are not checked against the typings:
 * Apps Script's print as their names, the typings' are numeric.
 */
export function scriptApp(env: Env) {
  const t = triggerState(env.state);
  const check = (call: string) => requireScope(env, call, SCRIPT_APP_SCOPE);

  // The enums and getTriggerSourceId are not checked against the typings: Apps Script's
  // enums print as their names (the typings' are numeric), and a clock trigger's source id
  // is null (the typings say string).
  const triggerObject = (info: TriggerInfo) =>
    asGoogle<Trigger>(
      track(
        {
          getUniqueId: () => info.uniqueId,
          getHandlerFunction: () => info.handlerFunction,
          getEventType: () => EventType[info.eventType],
          getTriggerSource: () =>
            info.eventType === 'CLOCK' ? TriggerSource.CLOCK : TriggerSource.SPREADSHEETS,
          getTriggerSourceId: () => (info.eventType === 'CLOCK' ? null : 'local-spreadsheet'),
        } satisfies Pick<Trigger, 'getUniqueId' | 'getHandlerFunction'> & {
          getEventType(): string;
          getTriggerSource(): string;
          getTriggerSourceId(): string | null;
        },
        'Trigger',
        env,
      ),
    );

  const install = (info: Omit<TriggerInfo, 'uniqueId' | 'user'>) => {
    const mine = t.triggers.filter((x) => x.user === env.state.userEmail);
    if (mine.length >= MAX_TRIGGERS_PER_USER) {
      env.fail(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    if (mine.some((x) => x.eventType === info.eventType)) {
      // The add-on rule: one trigger of each type per user per document.
      env.fail(
        info.eventType === 'CLOCK'
          ? 'This add-on has created too many time-based triggers in this document for this Google user account.'
          : 'This add-on has created too many triggers of this type in this document for this Google user account.',
      );
    }
    const created: TriggerInfo = {
      ...info,
      uniqueId: String(1000 + t.nextId++),
      user: env.state.userEmail,
    };
    t.triggers.push(created);
    return triggerObject(created);
  };

  const clockBuilder = (handlerFunction: string) => {
    const spec: Omit<TriggerInfo, 'uniqueId' | 'user'> = { handlerFunction, eventType: 'CLOCK' };
    // nearMinute, inTimezone and onWeekDay are accepted and ignored: runTrigger fires on request.
    const builder = {
      everyDays(n: number): ClockTriggerBuilder {
        if (!Number.isInteger(n) || n < 1) env.fail(`Invalid argument: ${n}`);
        spec.everyDays = n;
        return asGoogle(builder);
      },
      everyHours(n: number): ClockTriggerBuilder {
        if (!Number.isInteger(n) || n < 1) env.fail(`Invalid argument: ${n}`);
        spec.everyHours = n;
        return asGoogle(builder);
      },
      everyMinutes(_n: number) {
        // Add-ons may not run time-driven triggers more often than hourly.
        return env.fail(
          'Add-ons may not create time-based triggers that run more often than once an hour.',
        );
      },
      atHour(h: number): ClockTriggerBuilder {
        if (!Number.isInteger(h) || h < 0 || h > 23) env.fail(`Invalid argument: ${h}`);
        spec.atHour = h;
        return asGoogle(builder);
      },
      nearMinute: (): ClockTriggerBuilder => asGoogle(builder),
      inTimezone(tz: string): ClockTriggerBuilder {
        try {
          new Intl.DateTimeFormat('en', { timeZone: String(tz) });
        } catch {
          env.fail(`Invalid argument: ${tz}`);
        }
        spec.timeZone = String(tz);
        return asGoogle(builder);
      },
      onWeekDay: (): ClockTriggerBuilder => asGoogle(builder),
      create() {
        if (spec.everyDays === undefined && spec.everyHours === undefined) {
          env.fail(
            'The trigger needs a recurrence: call everyDays, everyHours or onWeekDay first.',
          );
        }
        return install(spec);
      },
    } satisfies Pick<
      ClockTriggerBuilder,
      | 'everyDays'
      | 'everyHours'
      | 'everyMinutes'
      | 'atHour'
      | 'nearMinute'
      | 'inTimezone'
      | 'onWeekDay'
      | 'create'
    >;
    return asGoogle<ClockTriggerBuilder>(track(builder, 'ClockTriggerBuilder', env));
  };

  const spreadsheetBuilder = (handlerFunction: string) => {
    // After onOpen() etc. the builder can only create(), which is all an add-on does next.
    const on = (eventType: TriggerEventType) =>
      asGoogle<SpreadsheetTriggerBuilder>(
        track(
          {
            create: () => install({ handlerFunction, eventType }),
          } satisfies Pick<SpreadsheetTriggerBuilder, 'create'>,
          'SpreadsheetTriggerBuilder',
          env,
        ),
      );
    return asGoogle<SpreadsheetTriggerBuilder>(
      track(
        {
          onOpen: () => on('ON_OPEN'),
          onEdit: () => on('ON_EDIT'),
          onChange: () => on('ON_CHANGE'),
          onFormSubmit: () => on('ON_FORM_SUBMIT'),
        } satisfies Pick<
          SpreadsheetTriggerBuilder,
          'onOpen' | 'onEdit' | 'onChange' | 'onFormSubmit'
        >,
        'SpreadsheetTriggerBuilder',
        env,
      ),
    );
  };

  const listMine = () =>
    env.toScript(t.triggers.filter((x) => x.user === env.state.userEmail)).map(triggerObject);

  return track(
    {
      EventType,
      TriggerSource,
      AuthMode,
      AuthorizationStatus,
      WeekDay,
      newTrigger(handlerFunction: string) {
        check('ScriptApp.newTrigger');
        return asGoogle<GoogleAppsScript.Script.TriggerBuilder>(
          track(
            {
              timeBased: () => clockBuilder(String(handlerFunction)),
              forSpreadsheet: () => spreadsheetBuilder(String(handlerFunction)),
            } satisfies Pick<
              GoogleAppsScript.Script.TriggerBuilder,
              'timeBased' | 'forSpreadsheet'
            >,
            'TriggerBuilder',
            env,
          ),
        );
      },
      getProjectTriggers() {
        check('ScriptApp.getProjectTriggers');
        return listMine();
      },
      getUserTriggers(_document: unknown) {
        check('ScriptApp.getUserTriggers');
        return listMine();
      },
      deleteTrigger(trigger: Trigger) {
        check('ScriptApp.deleteTrigger');
        const id = trigger.getUniqueId();
        const index = t.triggers.findIndex((x) => x.uniqueId === id);
        if (index < 0) env.fail('Trigger not found.');
        t.triggers.splice(index, 1);
      },
      // Not checked against the typings: the status is an enum (see triggerObject) and the
      // URL is null when no authorization is needed.
      getAuthorizationInfo(_mode: unknown) {
        return asGoogle<GoogleAppsScript.Script.AuthorizationInfo>(
          track(
            {
              getAuthorizationStatus: () =>
                t.authorizationRequired
                  ? AuthorizationStatus.REQUIRED
                  : AuthorizationStatus.NOT_REQUIRED,
              getAuthorizationUrl: () =>
                t.authorizationRequired ? 'https://script.google.com/local/authorize' : null,
            },
            'AuthorizationInfo',
            env,
          ),
        );
      },
    } satisfies Pick<
      GoogleAppsScript.Script.ScriptApp,
      | 'newTrigger'
      | 'getProjectTriggers'
      | 'getUserTriggers'
      | 'deleteTrigger'
      | 'getAuthorizationInfo'
    > & {
      EventType: Record<string, string>;
      TriggerSource: Record<string, string>;
      AuthMode: Record<string, string>;
      AuthorizationStatus: Record<string, string>;
      WeekDay: Record<string, string>;
    },
    'ScriptApp',
    env,
  );
}
