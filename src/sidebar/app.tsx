/**
 * The wizard: reads the planner context, keeps one request draft across the six steps,
 * previews it on every change, keeps it in the document (so closing the sidebar half-way
 * loses nothing; the next opening starts from it) and writes it on the last step.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { defaultsInLanguage } from '../domain/plan/default-words';
import { sourceOf } from '../domain/plan/source';
import { conventionsFor } from '../domain/values/locales';
import { asLanguage, languageOfLocale } from '../shared/i18n/language';
import { sidebarText } from '../shared/i18n/sidebar';
import type { DetectedTable, PlannerContext, PlanRequest } from '../shared/plan-types';
import { produce, toRequest } from './draft';
import { FieldMessages } from './field-errors';
import { gateOrderErrors } from './gate-checks';
import { LanguageSwitch } from './language-switch';
import { Notices } from './notices';
import { setNumberCurrency, setNumberLanguage, setNumberLocale } from './numbers';
import { server } from './server';
import { StepDots } from './step-dots';
import { DataStep } from './steps/data';
import { GatesStep } from './steps/gates';
import { PeopleStep } from './steps/people';
import { PrioritiesStep } from './steps/priorities';
import { ReviewStep } from './steps/review';
import type { StepProps, WriteState } from './steps/step-props';
import { WavesStep } from './steps/waves';
import { type UnreadBoxes, UnreadContext, type UnreadStore, withBox } from './unread-boxes';
import { useDraftSaves } from './use-draft-saves';
import { usePreview } from './use-preview';
import { fieldId, LAST_STEP, STEPS, stepOfField } from './wizard-steps';

const DRAFT_STEPS = [PrioritiesStep, WavesStep, GatesStep, PeopleStep, ReviewStep];

/**
 * The six-step wizard (Data, Priorities, Waves and schedule, Gates, People and record, Review
 * and write) over one PlanRequest draft: loads getPlannerContext, previews each change
 * (usePreview) and keeps the draft in the document (useDraftSaves), routes each server
 * FieldError to the step that owns its field, and calls writePlan from the last step. Server
 * text is rendered as text, never as HTML.
 */
export function App() {
  const [context, setContext] = useState<PlannerContext | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraftState] = useState<PlanRequest | null>(null);
  /** Text number boxes refused (unread-boxes.ts), kept with the draft and blocking the write. */
  const [unread, setUnread] = useState<UnreadBoxes>({});
  const loadedUnread = useRef<UnreadBoxes>({});
  const changingStep = useRef(false);
  const [table, setTable] = useState<DetectedTable | null>(null);
  const {
    preview,
    derivedGates,
    previews,
    serverErrors,
    setServerErrors,
    warnings,
    setWarnings,
    previewFailure,
    setPreviewFailure,
    previewStale,
  } = usePreview();
  const [orphans, setOrphans] = useState<string[]>([]);
  const [step, setStep] = useState(0);
  const [write, setWrite] = useState<WriteState>({ busy: false, result: null, failure: null });
  /** The draft as the server sent it: no need to keep it again. */
  const loadedDraft = useRef<PlanRequest | null>(null);
  const focusAfterRender = useRef<string | null>(null);
  /** The decision log as this sidebar last saw it: a write refuses if another came first. */
  const seenLog = useRef<string | undefined>(undefined);
  const draftRef = useRef(draft);
  draftRef.current = draft;

  // The draft is kept in the document as it changes, so closing the sidebar loses nothing.
  const { saves, notice: saveNotice } = useDraftSaves();

  const load = () => {
    setLoadError(null);
    server.getPlannerContext().then(
      (ctx) => {
        setNumberLocale(ctx.locale);
        setContext(ctx);
        seenLog.current = ctx.logVersion;
        const start = ctx.lastRequest ?? ctx.defaults;
        loadedDraft.current = start;
        loadedUnread.current = start?.unread ?? {};
        setUnread(loadedUnread.current);
        if (start) setDraftState(start);
        if (ctx.table && (!start || ctx.table.sheetName === start.source.sheetName))
          setTable(ctx.table);
        else if (start) readTable(start.source.sheetName, start.source.headerRow, false);
      },
      (error: Error) => setLoadError(error.message),
    );
  };

  useEffect(load, []);

  // The preview leaves the refused texts out (they are the review's to report); the kept
  // draft has them, so a reopened sidebar shows them again.
  useEffect(() => {
    if (!draft) return;
    previews.request(toRequest(draft));
  }, [draft]);
  useEffect(() => {
    if (draft && (draft !== loadedDraft.current || unread !== loadedUnread.current))
      saves.request(toRequest(draft, unread));
  }, [draft, unread]);

  // Before paint, so keys pressed right after a step change already land in the new step.
  useLayoutEffect(() => {
    changingStep.current = false;
    const id = focusAfterRender.current;
    focusAfterRender.current = null;
    if (id) document.getElementById(id)?.focus();
    // Messages about a field no control of this step shows (a whole list, a sheet id)
    // are listed at the top of the step rather than lost.
    const shown = new Set(
      [...document.querySelectorAll('.field-error > div')].map((el) => el.textContent ?? ''),
    );
    const missing = errors.list
      .filter((e) => stepOfField(e.field) === step && !shown.has(e.message))
      .map((e) => e.message);
    if (missing.join('\n') !== orphans.join('\n')) setOrphans(missing);
  });

  const setDraft = (next: PlanRequest) => {
    setDraftState(next);
    setWrite((w) => (w.result || w.failure ? { busy: false, result: null, failure: null } : w));
  };

  /**
   * Detects the table on a sheet for the column dropdowns. With `adopt`, the draft takes
   * its mapping; a first draft (no table on the active sheet) starts from the defaults
   * the server fills around that source.
   */
  function readTable(sheetName: string, headerRow?: number, adopt = true) {
    server.getSourceTable(sheetName, headerRow, language).then(
      (result) => {
        if (!result.ok) {
          setServerErrors(result.errors);
          return;
        }
        setServerErrors([]);
        setTable(result.value);
        if (!adopt) return;
        const source = sourceOf(result.value);
        const current = draftRef.current;
        if (current)
          setDraft(
            produce(current, (d) => {
              d.source = source;
            }),
          );
        else
          server.previewPlan({ source }).then(
            (r) => (r.ok ? setDraftState(r.value.request) : setServerErrors(r.errors)),
            (error: Error) => setPreviewFailure(error.message),
          );
      },
      (error: Error) => setServerErrors([{ field: 'source.sheetName', message: error.message }]),
    );
  }

  const goTo = (index: number, focusId = 'step-heading') => {
    focusAfterRender.current = focusId;
    const next = Math.max(0, Math.min(LAST_STEP, index));
    changingStep.current = next !== step;
    setStep(next);
  };

  const unreadStore: UnreadStore = {
    boxes: unread,
    step,
    set: (id, box) => setUnread((boxes) => withBox(boxes, id, box)),
    changingStep: () => changingStep.current,
  };

  const writePlan = () => {
    if (!draft || write.busy) return;
    // The boxes' fields hold their last number, not the text refused: nothing to write.
    if (Object.keys(unread).length > 0) {
      document.getElementById('unread-boxes')?.focus();
      return;
    }
    previews.cancel();
    saves.cancel();
    setWrite({ busy: true, result: null, failure: null });
    server.writePlan(toRequest(draft, unread), seenLog.current).then(
      (result) => {
        setWarnings(result.warnings);
        if (result.ok) {
          seenLog.current = result.value.logVersion;
          setServerErrors([]);
          setWrite({ busy: false, result: result.value, failure: null });
          focusAfterRender.current = 'write-result';
        } else {
          setServerErrors(result.errors);
          setWrite({ busy: false, result: null, failure: null });
          const first = result.errors[0];
          if (first) goTo(stepOfField(first.field), fieldId(first.field));
        }
      },
      (error: Error) => setWrite({ busy: false, result: null, failure: error.message }),
    );
  };

  // The switch's choice, kept in the draft; before there is one, the spreadsheet's locale
  // (navigator.language while even that is unknown).
  const language =
    draft?.language ?? languageOfLocale(context?.locale ?? globalThis.navigator?.language);
  const t = sidebarText(language);
  setNumberLanguage(language);

  // The inline GO-vs-STOP check answers at once; the server's word wins where it spoke.
  const errors = useMemo(() => {
    const spoken = new Set(serverErrors.map((e) => e.field));
    const inline = draft
      ? gateOrderErrors(draft, derivedGates, t).filter((e) => !spoken.has(e.field))
      : [];
    return new FieldMessages([...serverErrors, ...inline]);
  }, [serverErrors, draft, derivedGates]);

  if (loadError)
    return (
      <main class="app" lang={language}>
        <p class="notice error" role="alert">
          {t.app.loadFailed({ error: loadError })}
        </p>
        <button type="button" class="secondary" onClick={load}>
          {t.app.tryAgain}
        </button>
      </main>
    );
  if (!context)
    return (
      <main class="app" aria-busy="true" lang={language}>
        <p class="muted">{t.app.reading}</p>
      </main>
    );

  // Money boxes take the currency of the table the draft reads, as the plan will show it:
  // the context's is the first table's, and another sheet may name another currency.
  const money = preview?.currencySign
    ? {
        currency: preview.currencySign,
        currencyCode: preview.currency ?? conventionsFor(context.locale).currency,
      }
    : context;
  setNumberCurrency(money.currencyCode);
  const props: StepProps = {
    t,
    context: { ...context, currency: money.currency, currencyCode: money.currencyCode },
    draft,
    setDraft,
    table,
    readTable,
    preview,
    derivedGates,
    previewStale,
    errors,
    warnings: new FieldMessages(warnings),
    write,
    writePlan,
    goTo,
    unread,
  };
  const View = DRAFT_STEPS[step - 1];
  const stepsWithErrors = new Set([
    ...errors.list.map((e) => stepOfField(e.field)),
    ...Object.values(unread).map((b) => b.step),
  ]);
  const problemSteps = t.notices.stepList({
    titles: [...stepsWithErrors].sort().map((i) => t.steps[STEPS[i].id]),
  });

  return (
    <main class="app" lang={language}>
      <h1 class="sr-only">{t.app.title}</h1>
      <StepDots
        t={t}
        step={step}
        stepsWithErrors={stepsWithErrors}
        hasDraft={!!draft}
        goTo={goTo}
      />
      <div class="step-head">
        <LanguageSwitch
          t={t}
          language={language}
          disabled={!draft}
          onChange={(value) => {
            const chosen = asLanguage(value);
            // The defaults the user has not edited follow the language in the boxes too,
            // by the rule the server writes the plan with (default-words.ts).
            if (draft && chosen)
              setDraft(
                defaultsInLanguage(
                  { ...draft, language: chosen },
                  chosen,
                  context?.spreadsheetName ?? '',
                ),
              );
          }}
        />
        <h2 id="step-heading" tabIndex={-1}>
          <span class="step-count">{t.app.stepCount({ step: step + 1, of: STEPS.length })}</span>
          {t.steps[STEPS[step].id]}
        </h2>
      </div>
      <Notices
        t={t}
        previewFailure={previewFailure}
        orphans={step !== LAST_STEP ? orphans : []}
        saveProblem={saveNotice(t)}
        stale={previewStale && step !== LAST_STEP}
        hasPreview={!!preview}
        problemSteps={problemSteps}
      />
      <UnreadContext.Provider value={unreadStore}>
        {step === 0 || !draft ? <DataStep {...props} /> : <View {...props} draft={draft} />}
      </UnreadContext.Provider>
      <div class="footer">
        <button
          type="button"
          class="secondary"
          disabled={step === 0}
          onClick={() => goTo(step - 1)}
        >
          {t.app.back}
        </button>
        {step < LAST_STEP && (
          <button
            type="button"
            class="primary"
            id="next"
            disabled={!draft}
            onClick={() => goTo(step + 1)}
          >
            {t.app.next}
          </button>
        )}
      </div>
    </main>
  );
}
