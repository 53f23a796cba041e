import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarios } from '../../content/scenarios';
import { analyzeGoalInScenario, CRITERIA, GOAL_MAX, goalTypes, hasGoal, type Criterion, type GoalType } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { useGoalsStore } from '../../stores/goals-store';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { CriteriaList } from './criteria-list';
import { criterionLabel, goalTypeLabel, goalTypePrompt } from './labels';
import { MyGoals } from './my-goals';
import { ParsedSummary } from './parsed-summary';
import { AchievableWorkingView } from './achievable-working';
import { GoalLength, goalTooLong } from './goal-length';
import { ScenarioPicker } from './scenario-picker';
import { useGoalText } from './use-goal-text';
import { useSmartDraft } from './use-smart-draft';
import './smart.css';


/** `/practice/smart`: write a goal for a virtual company and see the five criteria as you type. */
export function SmartPage() {
  const { t } = useTranslation();
  const { locale, example } = useGoalText();
  const { scenarioId, setScenarioId, type, setType, text, setText } = useSmartDraft();
  const [exampleShown, setExampleShown] = useState(false);
  const [status, setStatus] = useState('');
  const addGoal = useGoalsStore((s) => s.add);
  const f = useFormatters();
  const ids = { type: useId(), goal: useId(), prompt: useId(), count: useId(), example: useId() };

  const scenario = scenarios.find((s) => s.id === scenarioId)!;
  const settled = useDebouncedValue(text, 300);
  // The trainee's own date, taken once per visit: the checker's rules never read the clock.
  const analysis = useMemo(() => analyzeGoalInScenario(settled, locale, scenario), [settled, locale, scenario]);
  const met = CRITERIA.filter((c) => analysis[c] === 'met').length;
  const missing = CRITERIA.filter((c) => analysis[c] !== 'met').map((c) => t(criterionLabel[c]));
  const announcement = settled.trim()
    ? missing.length === 0
      ? t('smart.announceAll')
      : t('smart.announceMissing', { met: f.number(met), missing: new Intl.ListFormat(locale, { type: 'conjunction' }).format(missing) })
    : '';
  const exampleText = exampleShown ? example(scenario, type) : undefined;
  // The empty goal box holds a model goal for this company: a quarter's, so it differs from the example rewrite.
  const modelGoal = example(scenario, type, 'quarter') ?? example(scenario, 'revenue', 'quarter');
  const placeholder = modelGoal ? t('smart.placeholder', { goal: modelGoal }) : t('smart.placeholderGeneric');

  // What the status says answers the last press of Save: once the goal changes, it no longer applies.
  const edit = (value: string) => {
    setText(value);
    setStatus('');
  };

  const save = () => {
    if (!text.trim()) {
      setStatus(t('smart.emptyGoal'));
      return;
    }
    if (goalTooLong(text.trim())) {
      setStatus(t('smart.longGoal', { max: f.number(GOAL_MAX) }));
      return;
    }
    // Read from the store, not this render: a double click's second click comes before the next render.
    if (hasGoal(useGoalsStore.getState().goals, text, scenarioId)) {
      setStatus(t('smart.alreadySaved'));
      return;
    }
    const final = analyzeGoalInScenario(text, locale, scenario);
    addGoal({
      id: globalThis.crypto?.randomUUID?.() ?? String(Date.now()),
      text: text.trim(),
      locale: final.language ?? locale,
      scenarioId,
      savedAt: new Date().toISOString(),
      verdicts: Object.fromEntries(CRITERIA.map((c) => [c, final[c]])) as Record<Criterion, (typeof final)[Criterion]>,
    });
    setStatus(t('smart.saved'));
  };

  return (
    <div className="page smart-page">
      <title>{`${t('smart.title')} · ${t('app.name')}`}</title>
      <h1>{t('smart.title')}</h1>
      <p className="lead">{t('smart.intro')}</p>
      <div className="smart-layout">
        <div className="smart-layout__input">
          <ScenarioPicker scenarios={scenarios} value={scenarioId} onChange={setScenarioId} />
          <div className="field">
            <label htmlFor={ids.type}>{t('smart.goalType')}</label>
            <select id={ids.type} value={type} onChange={(e) => setType(e.target.value as GoalType)} aria-describedby={ids.prompt}>
              {goalTypes.map((g) => (
                <option key={g} value={g}>
                  {t(goalTypeLabel[g])}
                </option>
              ))}
            </select>
            <p id={ids.prompt} className="hint">
              {t(goalTypePrompt[type])}
            </p>
          </div>
          <div className="field">
            <label htmlFor={ids.goal}>{t('smart.goalLabel')}</label>
            <textarea
              id={ids.goal}
              rows={3}
              value={text}
              placeholder={placeholder}
              aria-describedby={ids.count}
              aria-invalid={goalTooLong(text) || undefined}
              onChange={(e) => edit(e.target.value)}
            />
            <GoalLength id={ids.count} text={text} />
          </div>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={save}>
              {t('smart.save')}
            </button>
            {/* A disclosure: it says whether the example is shown, and shows or hides it. */}
            <button type="button" className="button" aria-expanded={exampleShown} aria-controls={exampleShown ? ids.example : undefined} onClick={() => setExampleShown((shown) => !shown)}>
              {t('smart.exampleButton')}
            </button>
          </div>
          {exampleShown && (
            <div id={ids.example} className="smart-example">
              <p className="smart-example__label">{t('smart.exampleTitle')}</p>
              {exampleText ? (
                <>
                  <p>{exampleText}</p>
                  <button type="button" className="button button--small" onClick={() => edit(exampleText)}>
                    {t('smart.useExample')}
                  </button>
                </>
              ) : (
                <p>{t('smart.exampleNone')}</p>
              )}
            </div>
          )}
          <p role="status" className="smart-status">
            {status}
          </p>
        </div>
        <section className="smart-layout__result" aria-labelledby="smart-analysis-title">
          <h2 id="smart-analysis-title">
            {t('smart.analysis')} <span className="badge">{t('smart.summary', { met: f.number(met) })}</span>
          </h2>
          <CriteriaList analysis={analysis} />
          <h3>{t('smart.parsed')}</h3>
          <ParsedSummary parsed={analysis.parsed} />
          {analysis.working && <AchievableWorkingView working={analysis.working} />}
          <p className="visually-hidden" aria-live="polite">
            {announcement}
          </p>
        </section>
      </div>
      <MyGoals />
    </div>
  );
}
