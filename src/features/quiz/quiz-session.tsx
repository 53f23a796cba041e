import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { QuizBank } from '../../domain';
import { useQuizStore } from '../../stores/quiz-store';
import { QuizIntro } from './quiz-intro';
import { QuizRunner } from './quiz-runner';
import type { QuizConfig } from './quiz-config';

interface Props {
  config: QuizConfig;
  banks: Record<string, QuizBank>;
  intro: string;
  resultHref: (attemptId: string) => string;
}

/** The attempt under way if there is one (so a reload resumes it), else the intro. */
export function QuizSession({ config, banks, intro, resultHref }: Props) {
  const active = useQuizStore((s) => s.quiz.active[config.quizId]);
  const navigate = useNavigate();
  // The attempt shown here may be submitted in another tab of the course: this tab then shows its
  // result too. A submit here goes to the result itself (asking for its address forgets the attempt).
  const shown = useRef(active?.id);
  useEffect(() => {
    const id = shown.current;
    shown.current = active?.id;
    if (!active && id && useQuizStore.getState().quiz.attempts.some((a) => a.id === id)) void navigate(resultHref(id), { replace: true });
  }, [active, navigate, resultHref]);
  // The intro was on screen first: the runner that replaces it takes focus from its start button.
  const introShown = useRef(!active);
  if (!active) introShown.current = true;
  const submittedHere = (attemptId: string) => {
    shown.current = undefined;
    return resultHref(attemptId);
  };
  return active ? (
    <QuizRunner config={config} attempt={active} banks={banks} resultHref={submittedHere} justStarted={introShown.current} />
  ) : (
    <QuizIntro config={config} intro={intro} />
  );
}
