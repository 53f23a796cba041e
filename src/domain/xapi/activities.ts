import { DEFAULT_COURSE_IRI } from './vocabulary';

/** Every activity id is an IRI under the one course IRI. */
export function activityIds(course = DEFAULT_COURSE_IRI) {
  const seg = encodeURIComponent;
  return {
    course,
    module: (moduleId: string) => `${course}/modules/${seg(moduleId)}`,
    slide: (moduleId: string, slideId: string) => `${course}/modules/${seg(moduleId)}/slides/${seg(slideId)}`,
    quiz: (moduleId: string) => `${course}/modules/${seg(moduleId)}/quiz`,
    quizItem: (moduleId: string, itemId: string) => `${course}/modules/${seg(moduleId)}/quiz/items/${seg(itemId)}`,
    final: () => `${course}/final-assessment`,
    smart: () => `${course}/practice/smart-goals`,
    /** The result extension of a SMART goal that holds each criterion's verdict. */
    smartVerdicts: () => `${course}/extensions/smart-verdicts`,
    roleplay: (scenarioId: string) => `${course}/practice/roleplays/${seg(scenarioId)}`,
    sandbox: () => `${course}/practice/sandbox`,
    /** Spaced review after the course; its answers are practice, never completion. */
    review: () => `${course}/review`,
    followUp: (followUpId: string) => `${course}/follow-ups/${seg(followUpId)}`,
  };
}
