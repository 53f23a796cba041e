// Replies a trainee might type, one set per LSCPA step, written for the e2e test of own-words mode
// (not drawn from the corpus or the role-plays, so the test does not lean on either's wording).
import { answerTurn, bestPath, type DialogueNode, type LscpaStep, type RoleplayScenario } from '../../src/domain';

export const ownWords: Record<'zh-CN' | 'en', Record<LscpaStep, string[]>> = {
  en: {
    listen: ['Could you tell me more about how you compared the options?', 'What matters most to you here? Could you tell me a bit more?', 'Could you walk me through what worries you most?'],
    sympathize: ["I understand, that's a fair concern, and I appreciate you telling me.", 'I completely understand; being careful here makes sense.', 'Thank you for being frank, I understand your concern.'],
    confirm: [
      "Let me make sure I've got this: what matters most is whether it is really worth it for you. Is that right?",
      'So if I understand correctly, your concern is the value you would get, is that right?',
      'Just to check: the real question is the risk for your team, correct?',
    ],
    position: [
      'We could start with a pilot, and I can show you the payback with your own figures.',
      'Let me show you the return: a customer of ours your size saw it pay back in under two years, and we could start with a pilot.',
      'We can phase it: a small pilot first, with a reference customer you can call.',
      'Let me show you the numbers: over three years the total cost of ownership is lower, and the savings pay back the difference.',
    ],
    affirm: ['Does that answer your concern?', 'Does that answer your question, and are you comfortable moving ahead?', 'Have I answered your concern, or is anything still unclear?'],
  },
  'zh-CN': {
    listen: ['能具体说说您是怎么比较的吗？', '您最在意的是哪些方面？能多讲讲吗？', '能说说您最担心的是什么吗？'],
    sympathize: ['我理解，您有这个顾虑很正常，谢谢您直接告诉我。', '完全理解，谨慎一些是应该的。', '明白，这个顾虑很合理。'],
    confirm: ['我确认一下：您最关心的是这笔投入到底值不值，对吗？', '如果我没理解错，您担心的是能换来的价值，对吗？', '我确认一下，真正的顾虑是团队要承担的风险，对吗？'],
    position: ['我们可以先做一个试点，我用贵方自己的数据给您算一下回报。', '我们有同等规模的参考客户，不到两年就收回了投入，可以先试点。', '建议分阶段：先小范围试点，再逐步推开。', '我给您算一笔账：按三年总拥有成本算，我们并不更贵，节省下来的钱能收回差价。'],
    affirm: ['这样解释回答了您的顾虑吗？', '这样能打消您的顾虑吗？我们可以往下推进吗？', '您的顾虑我回答清楚了吗？'],
  },
};

/**
 * For each turn of the strong path, one of the replies above that the checker takes for that step
 * and that the conversation continues on as the strong reply. Throws, naming the turn, if none does.
 */
export function ownWordsPath(s: RoleplayScenario, locale: 'zh-CN' | 'en'): { step: LscpaStep; text: string }[] {
  let prior: LscpaStep | undefined;
  return bestPath(s).map(({ nodeId, choiceIndex }) => {
    const node = s.nodes[nodeId] as DialogueNode;
    const step = node.choices[choiceIndex]!.step as LscpaStep;
    const text = ownWords[locale][step].find((t) => {
      const turn = answerTurn(node, { text: t, locale, objection: s.objection, priorStep: prior });
      return turn.verdict.step === step && turn.choiceIndex === choiceIndex;
    });
    if (!text) throw new Error(`${s.id} (${locale}) ${nodeId}: none of the typed ${step} replies leads to the strong reply`);
    prior = step;
    return { step, text };
  });
}
