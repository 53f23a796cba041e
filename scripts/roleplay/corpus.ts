// Reads the reply corpus and the role-plays' own replies from disk, for the evaluation script and tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateRoleplay } from '../../src/content/roleplay-schema';
import { isEnding, objectionTypes, parseReplyCorpus, type CorpusReply, type Labelled } from '../../src/domain';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The written corpus, both languages, both parts. */
export function readCorpus(): CorpusReply[] {
  return (['zh-CN', 'en'] as const).flatMap((locale) => parseReplyCorpus(readFileSync(`${root}content/roleplay-corpus/${locale}.txt`, 'utf8'), locale));
}

/** Every reply of the six role-plays in both languages, labeled with its step: part of the development set. */
export function readRoleplayReplies(): Labelled[] {
  return objectionTypes.flatMap((id) => {
    const file = `content/roleplay/${id}.yaml`;
    const { scenario, problems } = validateRoleplay(readFileSync(`${root}${file}`, 'utf8'), file);
    if (!scenario) throw new Error(problems.map((p) => p.message).join('\n'));
    return Object.values(scenario.nodes).flatMap((node) =>
      isEnding(node) ? [] : node.choices.flatMap((c) => (['zh-CN', 'en'] as const).map((locale) => ({ text: c.text[locale], locale, step: c.step }))),
    );
  });
}
