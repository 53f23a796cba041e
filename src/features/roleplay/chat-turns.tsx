import { useTranslation } from 'react-i18next';
import type { Locale } from '../../content/locales';
import { classifyReply, textLanguage, type Choice, type DialogueNode, type FinishedRun, type ReplyStep, type RoleplayScenario, type RunTurn } from '../../domain';
import { qualityLabel, stepLabel } from './labels';
import { ReplyVerdictView } from './reply-verdict';

/** The step recognised before turn `i`, the context the checker reads a reply in. */
export function priorStep(steps: readonly (ReplyStep | null)[] | undefined, i: number): ReplyStep | undefined {
  for (let k = i - 1; k >= 0; k--) if (steps?.[k]) return steps[k]!;
  return undefined;
}

interface PlayedProps {
  scenario: RoleplayScenario;
  /** What the trainee typed and what the checker recognised, per turn (a run under way or finished). */
  run: Pick<FinishedRun, 'typed' | 'steps'>;
  turns: readonly RunTurn[];
  withFeedback: boolean;
}

/** The turns a run has played, each read in the context of the step recognised before it. */
export function PlayedTurns({ scenario, run, turns, withFeedback }: PlayedProps) {
  return turns.map((turn, i) => (
    <Turn
      key={i}
      scenario={scenario}
      nodeId={turn.nodeId}
      choiceIndex={turn.choiceIndex}
      typed={run.typed[i]}
      recognised={run.steps?.[i]}
      priorStep={priorStep(run.steps, i)}
      withFeedback={withFeedback}
    />
  ));
}

interface TurnProps {
  scenario: RoleplayScenario;
  nodeId: string;
  choiceIndex: number;
  typed?: string;
  /** Set when the reply was typed in own-words mode: the step the checker recognised. */
  recognised?: ReplyStep | null;
  priorStep?: ReplyStep;
  withFeedback: boolean;
}

/** One exchange: the customer's line, the reply (chosen, or typed in own words), and its feedback. */
export function Turn({ scenario, nodeId, choiceIndex, typed, recognised, priorStep: prior, withFeedback }: TurnProps) {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const node = scenario.nodes[nodeId] as DialogueNode;
  const choice = node.choices[choiceIndex]!;
  if (recognised && typed) {
    const verdict = classifyReply({ text: typed, locale: textLanguage(typed, locale), context: { objection: scenario.objection, priorStep: prior } });
    return (
      <li className="chat__turn">
        <Line who="customer" text={node.customer[locale]} />
        <Line who="you" text={typed} />
        {withFeedback && <ReplyVerdictView verdict={{ ...verdict, step: recognised }} scripted={choice.text[locale]} />}
      </li>
    );
  }
  return (
    <li className="chat__turn">
      <Line who="customer" text={node.customer[locale]} />
      <Line who="you" text={choice.text[locale]} typed={typed} />
      {withFeedback && <ReplyFeedback choice={choice} locale={locale} />}
    </li>
  );
}

export function Line({ who, text, typed }: { who: 'customer' | 'you'; text: string; typed?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`chat__line chat__line--${who}`}>
      <p className="chat__who">{who === 'customer' ? t('roleplay.customer') : t('roleplay.you')}</p>
      <p className="chat__text">{text}</p>
      {typed && <p className="chat__typed">{t('roleplay.typed', { text: typed })}</p>}
    </div>
  );
}

function ReplyFeedback({ choice, locale }: { choice: Choice; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <div className={`reply-feedback reply-feedback--${choice.quality}`}>
      <p className="reply-feedback__head">
        <strong>{t(qualityLabel[choice.quality])}</strong> · {t('roleplay.stepLabel', { step: t(stepLabel[choice.step]) })}
      </p>
      <p>{choice.feedback[locale]}</p>
    </div>
  );
}
