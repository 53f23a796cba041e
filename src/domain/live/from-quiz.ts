import type { QuizItem } from '../quiz/types';
import { scenarioContext, type GoalScenario } from '../smart';
import type { PushedQuestion } from './protocol';


/** Whether a bank item can be answered by a tap on a phone (choices and true/false can; ordering, matching and numbers cannot). */
export const phoneFriendly = (item: QuizItem) => item.type === 'single' || item.type === 'multiple' || item.type === 'truefalse';

/**
 * A bank item as a live quiz question, both languages kept (each phone shows its own). A case
 * question carries its case before the question. True/false options have no text of their own:
 * each phone names them in its language.
 */
export function liveQuizQuestion(item: QuizItem, seconds = 30): PushedQuestion | undefined {
  const prompt = item.case ? { 'zh-CN': `${item.case['zh-CN']}\n${item.prompt['zh-CN']}`, en: `${item.case.en}\n${item.prompt.en}` } : { ...item.prompt };
  if (item.type === 'truefalse')
    return { kind: 'quiz', prompt, options: [{ id: 'true', text: {} }, { id: 'false', text: {} }], multiple: false, correct: [String(item.answer)], itemId: item.id, seconds };
  if (item.type !== 'single' && item.type !== 'multiple') return undefined;
  return {
    kind: 'quiz',
    prompt,
    options: item.options.map((o) => ({ id: o.id, text: { ...o.text } })),
    multiple: item.type === 'multiple',
    correct: item.options.filter((o) => o.correct).map((o) => o.id),
    itemId: item.id,
    seconds,
  };
}

/** A poll from what the trainer typed: one option per non-empty line, 2 to 6 of them. */
export function pollQuestion(question: string, optionsText: string, locale: string): PushedQuestion | undefined {
  const options = optionsText
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (!question.trim() || options.length < 2 || options.length > 6) return undefined;
  return { kind: 'poll', prompt: { [locale]: question.trim() }, options: options.map((text, i) => ({ id: `o${i + 1}`, text: { [locale]: text.slice(0, 200) } })) };
}

/**
 * The SMART goal call about a company: no prompt of its own (each phone words the call in its
 * language), the company's name and summary for the phones, and what the analyzer needs to judge
 * Achievable and Relevant in either language.
 */
export function smartCall(scenario: GoalScenario & { name: Record<string, string>; summary: Record<string, string> }): PushedQuestion {
  return {
    kind: 'smart',
    prompt: {},
    scenario: { id: scenario.id, name: { ...scenario.name }, summary: { ...scenario.summary }, year: scenario.year, context: { 'zh-CN': scenarioContext(scenario, 'zh-CN'), en: scenarioContext(scenario, 'en') } },
  };
}
