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
  return active ? (
    <QuizRunner config={config} attempt={active} banks={banks} resultHref={resultHref} />
  ) : (
    <QuizIntro config={config} intro={intro} />
  );
}
