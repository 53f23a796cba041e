import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarios } from '../../content/scenarios';
import {
  benchmarkTarget,
  bottomUpTarget,
  growthTarget,
  readCommitments,
  MAX_WAN,
  PLAN_STEP,
  topDownTarget,
  releasedLocks,
  withAnnualTarget,
  type MethodResult,
  type SandboxPlan,
  type TargetMethod,
} from '../../domain';
import { COMMITMENTS_MAX_LENGTH, type SandboxState } from '../../stores/sandbox-schema';
import { useSandboxStore } from '../../stores/sandbox-store';
import { NumberField } from '../../ui/number-field';
import { useFormatters } from '../../ui/use-formatters';
import { planFromScenario, scratchPlan } from './initial-plans';
import { ReleasedLocks, type Released } from './released-locks';
import { useSandboxText } from './use-labels';

const methodLabel = {
  topDown: 'sandbox.methods.topDown',
  bottomUp: 'sandbox.methods.bottomUp',
  benchmark: 'sandbox.methods.benchmark',
  growth: 'sandbox.methods.growth',
} as const satisfies Record<TargetMethod, string>;

const reasoningText = {
  'sandbox.reasoning.topDown': 'sandbox.reasoning.topDown',
  'sandbox.reasoning.bottomUp': 'sandbox.reasoning.bottomUp',
  'sandbox.reasoning.benchmarkGrowth': 'sandbox.reasoning.benchmarkGrowth',
  'sandbox.reasoning.benchmarkShare': 'sandbox.reasoning.benchmarkShare',
  'sandbox.reasoning.growth': 'sandbox.reasoning.growth',
  'sandbox.reasoning.history': 'sandbox.reasoning.history',
} as const;

/** The method's yearly target from the trainee's inputs (all in 万元 and percent). */
export function methodResult(s: SandboxState): MethodResult {
  const i = s.inputs;
  switch (s.method) {
    case 'topDown':
      return topDownTarget({ companyTarget: i.companyTarget * PLAN_STEP, share: i.share / 100, step: PLAN_STEP });
    case 'bottomUp':
      return bottomUpTarget({ commitments: readCommitments(i.commitments, PLAN_STEP).yuan });
    case 'benchmark':
      return benchmarkTarget({ lastYear: i.lastYear * PLAN_STEP, peerGrowth: i.peerGrowth / 100, adjustment: i.adjustment / 100, step: PLAN_STEP });
    case 'growth':
      return growthTarget({ history: [i.lastYear * PLAN_STEP], marketGrowth: i.marketGrowth / 100, adjustment: i.adjustment / 100, step: PLAN_STEP });
  }
}

export function SetupPanel({ state }: { state: SandboxState }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const text = useSandboxText();
  const { set, update } = useSandboxStore.getState();
  const ids = { scenario: useId(), commitments: useId(), commitmentsError: useId(), resultError: useId() };
  const result = methodResult(state);
  const [released, setReleased] = useState<Released>();
  // What the trainee typed, kept while they type: in English it is stored converted to 万元.
  const [commitmentsDraft, setCommitmentsDraft] = useState<string | null>(null);
  // While the yearly target is being typed, each keystroke applies to the plan as it was before:
  // on the way from 3360 to 4000 the field reads 4 for a moment, which must not release any lock.
  const editing = useRef<SandboxPlan | undefined>(undefined);
  const current = () => useSandboxStore.getState().sandbox?.plan ?? state.plan;
  // A lower target releases the locks that no longer fit under it; the trainee is told which.
  const applyTarget = (target: number) => {
    const before = editing.current ?? current();
    const plan = withAnnualTarget(before, target);
    update((s) => ({ ...s, plan }));
    setReleased({ target, locks: releasedLocks(before, plan) });
  };
  // The keys are a closed set (reasoningText); their placeholders vary, which t()'s typing cannot follow.
  const translateReasoning = t as unknown as (key: string, values: Record<string, string>) => string;
  const notNumber = t('sandbox.errors.notNumber');
  const nonNegative = (n: number) => (n < 0 ? t('sandbox.errors.negative') : undefined);
  const amount = (n: number) => nonNegative(n) ?? text.tooLarge(n);
  // The bounds a saved plan accepts (sandbox-schema): a growth past them could not be saved.
  const growth = (n: number) => text.outOfRange(n, -100, 1000);
  const resultTooLarge = result.target > MAX_WAN * PLAN_STEP;
  const rejected = commitmentsDraft === null ? [] : text.rejectedCommitments(commitmentsDraft);
  const commitmentsError =
    commitmentsDraft !== null && text.commitmentsFromField(commitmentsDraft).length > COMMITMENTS_MAX_LENGTH
      ? t('sandbox.errors.commitmentsTooLong', { max: f.number(COMMITMENTS_MAX_LENGTH) })
      : rejected.length
        ? t('sandbox.errors.commitments', { entries: f.list(rejected) })
        : undefined;
  const setInput = (key: keyof SandboxState['inputs'], value: number | string) => update((s) => ({ ...s, inputs: { ...s.inputs, [key]: value } }));
  const formatValue = (name: string, v: number) =>
    /share|Growth|adjustment|cagr/.test(name) ? f.ratio(v) : name === 'people' || name === 'years' ? f.number(v) : text.money(v);

  return (
    <section className="sandbox-panel" aria-labelledby="setup-title">
      <h2 id="setup-title">{t('sandbox.setup')}</h2>
      <div className="field">
        <label htmlFor={ids.scenario}>{t('sandbox.scenario')}</label>
        <select
          id={ids.scenario}
          value={state.scenarioId ?? ''}
          onChange={(e) => set(e.target.value ? planFromScenario(scenarios.find((s) => s.id === e.target.value)!) : scratchPlan())}
        >
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name[text.locale]}
            </option>
          ))}
          <option value="">{t('sandbox.scratch')}</option>
        </select>
      </div>
      <fieldset className="choice-group">
        <legend>{t('sandbox.method')}</legend>
        {(['topDown', 'bottomUp', 'benchmark', 'growth'] as const).map((m) => (
          <label key={m} className="choice">
            <input type="radio" name="method" checked={state.method === m} onChange={() => update((s) => ({ ...s, method: m }))} />
            <span>{t(methodLabel[m])}</span>
          </label>
        ))}
      </fieldset>
      <div className="sandbox-inputs">
        {state.method === 'topDown' && (
          <>
            <NumberField label={t('sandbox.inputs.companyTarget')} value={text.toField(state.inputs.companyTarget * PLAN_STEP)} notANumber={notNumber} validate={amount} onCommit={(v) => setInput('companyTarget', text.fromField(v ?? 0) / PLAN_STEP)} />
            <NumberField label={t('sandbox.inputs.share')} value={state.inputs.share} notANumber={notNumber} validate={(n) => (n < 0 || n > 100 ? t('sandbox.errors.percent') : undefined)} onCommit={(v) => setInput('share', v ?? 0)} />
          </>
        )}
        {state.method === 'bottomUp' && (
          <span className="number-field sandbox-commitments">
            <label htmlFor={ids.commitments}>{t('sandbox.inputs.commitments')}</label>
            <input
              id={ids.commitments}
              type="text"
              value={commitmentsDraft ?? text.commitmentsToField(state.inputs.commitments)}
              aria-invalid={commitmentsError ? true : undefined}
              aria-describedby={commitmentsError ? ids.commitmentsError : undefined}
              onChange={(e) => {
                setCommitmentsDraft(e.target.value);
                // What cannot be read, or is longer than a saved plan holds, stays in the field with
                // the reason; the last good list stays in force.
                const kept = text.commitmentsFromField(e.target.value);
                if (kept.length <= COMMITMENTS_MAX_LENGTH && !text.rejectedCommitments(e.target.value).length) setInput('commitments', kept);
              }}
              onBlur={() => !commitmentsError && setCommitmentsDraft(null)}
            />
            {commitmentsError && (
              <span id={ids.commitmentsError} className="field-error" role="alert">
                {commitmentsError}
              </span>
            )}
          </span>
        )}
        {(state.method === 'benchmark' || state.method === 'growth') && (
          <NumberField label={t('sandbox.inputs.lastYear')} value={text.toField(state.inputs.lastYear * PLAN_STEP)} notANumber={notNumber} validate={amount} onCommit={(v) => setInput('lastYear', text.fromField(v ?? 0) / PLAN_STEP)} />
        )}
        {state.method === 'benchmark' && (
          <NumberField label={t('sandbox.inputs.peerGrowth')} value={state.inputs.peerGrowth} notANumber={notNumber} validate={growth} onCommit={(v) => setInput('peerGrowth', v ?? 0)} />
        )}
        {state.method === 'growth' && (
          <NumberField label={t('sandbox.inputs.marketGrowth')} value={state.inputs.marketGrowth} notANumber={notNumber} validate={growth} onCommit={(v) => setInput('marketGrowth', v ?? 0)} />
        )}
        {(state.method === 'benchmark' || state.method === 'growth') && (
          <NumberField label={t('sandbox.inputs.adjustment')} value={state.inputs.adjustment} notANumber={notNumber} validate={growth} onCommit={(v) => setInput('adjustment', v ?? 0)} />
        )}
      </div>
      <ul className="reasoning">
        {result.steps.map((step) => (
          <li key={step.key}>
            {translateReasoning(reasoningText[step.key as keyof typeof reasoningText], Object.fromEntries(Object.entries(step.values).map(([k, v]) => [k, formatValue(k, v)])))}
          </li>
        ))}
      </ul>
      {resultTooLarge && (
        <p id={ids.resultError} className="field-error">
          {t('sandbox.errors.tooLarge', { max: text.maxField })}
        </p>
      )}
      <button
        type="button"
        className="button"
        disabled={result.target <= 0 || resultTooLarge || result.target === state.plan.annualTarget}
        aria-describedby={resultTooLarge ? ids.resultError : undefined}
        onClick={() => applyTarget(result.target)}
      >
        {t('sandbox.useMethod')}
      </button>
      <div
        onFocus={() => {
          editing.current ??= current();
        }}
        onBlur={() => {
          editing.current = undefined;
        }}
      >
        <NumberField
          className="sandbox-annual"
          label={t('sandbox.annualTarget')}
          value={text.toField(state.plan.annualTarget)}
          notANumber={notNumber}
          validate={(n) => (n <= 0 ? t('sandbox.errors.positive') : (text.tooLarge(n) ?? (!text.isWholeStep(n) ? t('sandbox.errors.NOT_A_MULTIPLE') : undefined)))}
          onCommit={(v) => applyTarget(text.fromField(v ?? 0))}
        />
      </div>
      <ReleasedLocks released={released} plan={state.plan} />
    </section>
  );
}
