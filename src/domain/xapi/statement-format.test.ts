import { expect, test } from 'vitest';
import { acceptedLanguages, definedActivities, pickLanguage, statementCanonical, statementForStorage, statementIds } from './statement-format';

const agent = { objectType: 'Agent', name: 'Ann', mbox: 'mailto:ann@example.com' };
const activity = { objectType: 'Activity', id: 'http://example.com/a', definition: { name: { 'en-US': 'A', 'en-GB': 'A (GB)', 'zh-CN': '甲' }, type: 'http://example.com/t' } };
const verb = { id: 'http://example.com/v', display: { 'en-US': 'did', 'en-GB': 'did (GB)' } };
const stamp = { id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee', stored: '2026-12-04T10:00:00.000Z', authority: { objectType: 'Agent', mbox: 'mailto:lrs@example.com' } };

test('XAPI-00096: a single context activity is kept as an array, in a SubStatement too', () => {
  const s = statementForStorage(
    { actor: agent, verb, object: { objectType: 'SubStatement', actor: agent, verb, object: activity, context: { contextActivities: { parent: activity } } }, context: { contextActivities: { grouping: activity } } },
    stamp,
  );
  expect((s.context as { contextActivities: { grouping: unknown } }).contextActivities.grouping).toEqual([activity]);
  expect((s.object as { context: { contextActivities: { parent: unknown } } }).context.contextActivities.parent).toEqual([activity]);
});

test('storage sets id, stored, authority and version, and a missing timestamp to stored', () => {
  const s = statementForStorage({ actor: agent, verb, object: activity }, stamp);
  expect(s).toMatchObject({ id: stamp.id, stored: stamp.stored, timestamp: stamp.stored, authority: stamp.authority, version: '1.0.0' });
  expect(statementForStorage({ actor: agent, verb, object: activity, timestamp: '2026-01-01T00:00:00Z', version: '1.0.3' }, stamp)).toMatchObject({ timestamp: '2026-01-01T00:00:00Z', version: '1.0.3' });
});

test('XAPI-00171: format=ids keeps only identifiers, members of anonymous groups included', () => {
  const s = statementIds({ id: stamp.id, actor: { objectType: 'Group', name: 'team', member: [agent] }, verb, object: activity });
  expect(s.actor).toEqual({ objectType: 'Group', member: [{ objectType: 'Agent', mbox: agent.mbox }] });
  expect(s.verb).toEqual({ id: verb.id });
  expect(s.object).toEqual({ id: activity.id });
});

test('XAPI-00169 / 00172: format=canonical keeps one language, the one asked for', () => {
  const wanted = acceptedLanguages('en-GB;q=0.9, zh-CN;q=0.5');
  expect(wanted).toEqual(['en-GB', 'zh-CN']);
  const s = statementCanonical({ actor: agent, verb, object: activity }, wanted);
  expect(s.verb).toEqual({ id: verb.id, display: { 'en-GB': 'did (GB)' } });
  expect((s.object as typeof activity).definition.name).toEqual({ 'en-GB': 'A (GB)' });
  expect(s.actor).toEqual(agent);
});

test('a language is matched by its primary tag when the exact one is missing, else the first is kept', () => {
  expect(pickLanguage({ 'en-US': 'x', 'zh-CN': 'y' }, ['zh'])).toEqual({ 'zh-CN': 'y' });
  expect(pickLanguage({ 'en-US': 'x', 'zh-CN': 'y' }, ['fr'])).toEqual({ 'en-US': 'x' });
});

test('the canonical definition of an activity comes from the LRS when it has one', () => {
  const s = statementCanonical({ actor: agent, verb, object: { id: activity.id } }, ['en-US'], () => ({ name: { 'en-US': 'Canonical' } }));
  expect(s.object).toEqual({ id: activity.id, definition: { name: { 'en-US': 'Canonical' } } });
});

test('the activities a statement defines are found in its object and context', () => {
  const found = definedActivities({ actor: agent, verb, object: activity, context: { contextActivities: { parent: [{ id: 'http://example.com/p', definition: { type: 'http://example.com/t' } }] } } });
  expect(found.map((f) => f.id)).toEqual([activity.id, 'http://example.com/p']);
});
