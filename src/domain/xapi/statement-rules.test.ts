import { describe, expect, test } from 'vitest';
import { agentProblems, statementProblems } from './statement-rules';
import { instantOf, isLanguageTag, isTimestamp } from './formats';

const agent = { objectType: 'Agent', name: 'Ann', mbox: 'mailto:ann@example.com' };
const verb = { id: 'http://adlnet.gov/expapi/verbs/attended', display: { 'en-US': 'attended' } };
const activity = { objectType: 'Activity', id: 'http://example.com/activities/1' };
const base = { id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee', actor: agent, verb, object: activity };
const valid = (extra: object) => expect(statementProblems({ ...base, ...extra })).toEqual([]);
const invalid = (extra: object) => expect(statementProblems({ ...base, ...extra })).not.toEqual([]);

test('a minimal statement is valid', () => valid({}));

describe('XAPI-00001: null is refused outside extensions, allowed inside them', () => {
  test.each([['actor'], ['verb'], ['object'], ['result'], ['context'], ['timestamp']])('%s: null', (k) => invalid({ [k]: null }));
  test('verb.display null', () => invalid({ verb: { ...verb, display: null } }));
  test('an extension value may be null or empty', () => valid({ result: { extensions: { 'http://example.com/x': null, 'http://example.com/y': {} } } }));
});

describe('XAPI-00003..00005: actor, verb and object are required', () => {
  test.each([['actor'], ['verb'], ['object']])('no %s', (k) => expect(statementProblems({ ...base, [k]: undefined })).toContain(`${k}: is required`));
});

describe('XAPI-00006: wrong data types', () => {
  test('a number given as a string', () => invalid({ result: { score: { scaled: '0.5' } } }));
  test('a boolean given as a string', () => invalid({ result: { success: 'true' } }));
  test('a name that is a number', () => invalid({ actor: { ...agent, name: 7 } }));
  test('an objectType that is an object', () => invalid({ actor: { ...agent, objectType: {} } }));
});

describe('XAPI-00007 / 00030: formats of UUIDs, IRIs and mailto', () => {
  test.each([
    ['an id that is not a UUID', { id: '6690e6c9-3ef0-4ed3-8b37-7f3964730beeX' }],
    ['an mbox without mailto', { actor: { ...agent, mbox: 'ann@example.com' } }],
    ['an empty verb id', { verb: { id: '' } }],
    ['a StatementRef with a numeric id', { context: { statement: { objectType: 'StatementRef', id: 12345 } } }],
    ['an account homePage that is not an IRL', { actor: { objectType: 'Agent', account: { homePage: 'example', name: 'x' } } }],
  ])('%s', (_n, extra) => invalid(extra));
});

describe('XAPI-00008 / 00010: property names are case-sensitive and closed', () => {
  test.each([['Actor'], ['VERB'], ['Object'], ['Result'], ['Timestamp'], ['iD']])('%s', (k) => invalid({ [k]: 'x' }));
  test('an unknown property of an agent', () => invalid({ actor: { ...agent, email: 'x' } }));
});

describe('XAPI-00009: enumerated values match exactly', () => {
  test.each([['choiCe'], ['Other'], ['true-faLse']])('interactionType %s', (t) => invalid({ object: { ...activity, definition: { interactionType: t } } }));
  test.each([['agent'], ['group'], ['Statementref']])('objectType %s', (t) => invalid({ object: { ...activity, objectType: t } }));
  test('a real interaction is valid', () =>
    valid({ object: { ...activity, definition: { interactionType: 'choice', correctResponsesPattern: ['a'], choices: [{ id: 'a', description: { 'en-US': 'A' } }] } } }));
});

describe('XAPI-00013 / 00121: language tags follow RFC 5646', () => {
  test.each([['en-US'], ['zh-Hans-CN'], ['sr-Cyrl'], ['ase'], ['fr-CA'], ['x-private']])('%s is a tag', (t) => expect(isLanguageTag(t)).toBe(true));
  test.each([['en-'], ['e'], ['not a tag'], ['en_US'], ['abcdefghi']])('%s is not', (t) => expect(isLanguageTag(t)).toBe(false));
  test('a verb display keyed by a bad tag', () => invalid({ verb: { ...verb, display: { 'e-n': 'x' } } }));
  test('context.language', () => invalid({ context: { language: 'english please' } }));
});

describe('XAPI-00017 / 00020: a voiding statement refers to a StatementRef', () => {
  const voided = { id: 'http://adlnet.gov/expapi/verbs/voided' };
  test('an Activity as the object is refused', () => invalid({ verb: voided }));
  test('a StatementRef is accepted', () => valid({ verb: voided, object: { objectType: 'StatementRef', id: 'a9e1f1c2-5b1f-4b4e-9c3d-2f6f0f0b9c11' } }));
});

describe('XAPI-00031..00044: actors, agents and groups', () => {
  test.each([
    ['two identifiers', { actor: { ...agent, openid: 'http://openid.example.com/ann' } }],
    ['no identifier', { actor: { objectType: 'Agent', name: 'x' } }],
    ['a Group objectType in another case', { actor: { ...agent, objectType: 'group' } }],
    ['an anonymous group without members', { actor: { objectType: 'Group', name: 'team' } }],
    ['a group member that is a group', { actor: { objectType: 'Group', member: [{ objectType: 'Group', mbox: 'mailto:g@example.com' }] } }],
    ['a mbox_sha1sum that is not hex', { actor: { objectType: 'Agent', mbox_sha1sum: 'zz' } }],
    ['an account without a name', { actor: { objectType: 'Agent', account: { homePage: 'http://example.com' } } }],
  ])('%s is refused', (_n, extra) => invalid(extra));
  test.each([
    ['an anonymous group', { actor: { objectType: 'Group', member: [agent] } }],
    ['an identified group without members', { actor: { objectType: 'Group', account: { homePage: 'http://example.com', name: 'sales' } } }],
    ['an agent as the object', { object: { ...agent } }],
    ['a group as the object', { object: { objectType: 'Group', member: [agent] } }],
    ['an account agent', { actor: { account: { homePage: 'http://example.com', name: 'E1' } } }],
  ])('%s is accepted', (_n, extra) => valid(extra));
  test('the agent parameter is checked by the same rules', () => {
    expect(agentProblems(agent)).toEqual([]);
    expect(agentProblems({ name: 'no id' })).not.toEqual([]);
  });
});

describe('XAPI-00045..00066: SubStatements', () => {
  const sub = { objectType: 'SubStatement', actor: agent, verb, object: activity };
  test('a SubStatement is a valid object', () => valid({ object: sub }));
  test.each([
    ['with an id', { ...sub, id: base.id }],
    ['with stored', { ...sub, stored: '2026-01-01T00:00:00Z' }],
    ['with a version', { ...sub, version: '1.0.0' }],
    ['with an authority', { ...sub, authority: agent }],
    ['nested', { ...sub, object: sub }],
  ])('a SubStatement %s is refused', (_n, object) => invalid({ object }));
});

describe('XAPI-00067..00079: results', () => {
  test.each([
    ['scaled above 1', { score: { scaled: 1.5 } }],
    ['raw below min', { score: { raw: -1, min: 0, max: 10 } }],
    ['min above max', { score: { min: 10, max: 1 } }],
    ['a duration that is not ISO 8601', { duration: '90 seconds' }],
    ['weeks combined with days (XAPI-00124)', { duration: 'P4W1D' }],
  ])('%s', (_n, result) => invalid({ result }));
  test('a full result', () => valid({ result: { score: { scaled: 0.5, raw: 5, min: 0, max: 10 }, success: true, completion: true, response: 'x', duration: 'PT1M30.5S' } }));
});

describe('XAPI-00080..00096: contexts', () => {
  test('revision and platform only with an Activity object', () => invalid({ object: { ...agent }, context: { revision: '1', platform: 'web' } }));
  test('a team is a Group', () => invalid({ context: { team: agent } }));
  test('contextActivities keys are closed', () => invalid({ context: { contextActivities: { parents: [activity] } } }));
  test('a single context activity or an array', () => valid({ context: { contextActivities: { parent: activity, grouping: [activity] } } }));
});

describe('XAPI-00097..00102: authority', () => {
  const member = (n: number) => ({ objectType: 'Agent', mbox: `mailto:m${n}@example.com` });
  test('an OAuth pair is accepted', () => valid({ authority: { objectType: 'Group', member: [member(1), member(2)] } }));
  test('three members are refused', () => invalid({ authority: { objectType: 'Group', member: [member(1), member(2), member(3)] } }));
  test('an identified group is refused', () => invalid({ authority: { objectType: 'Group', mbox: 'mailto:g@example.com', member: [member(1), member(2)] } }));
});

describe('XAPI-00106..00108: attachments', () => {
  const attachment = { usageType: 'http://adlnet.gov/expapi/attachments/signature', display: { 'en-US': 'sig' }, contentType: 'application/octet-stream', length: 10, sha2: 'a'.repeat(64) };
  test('a complete attachment', () => valid({ attachments: [attachment] }));
  test.each([['usageType'], ['display'], ['contentType'], ['length'], ['sha2']])('without %s', (k) => invalid({ attachments: [{ ...attachment, [k]: undefined }] }));
});

describe('XAPI-00122..00123: timestamps are real instants', () => {
  test.each([['2026-02-30T00:00:00Z'], ['2026-01-01T25:00:00Z'], ['2026-01-01T00:00:00-00:00'], ['2026-01-01T00:00:00-0000'], ['2026-01-01T00:00:00-00'], ['yesterday']])(
    '%s is refused',
    (t) => expect(isTimestamp(t)).toBe(false),
  );
  test('the same instant with different offsets is one instant', () => expect(instantOf('2026-01-01T09:00:00+01:00')).toBe(instantOf('2026-01-01T08:00:00.000Z')));
  test('version must be 1.0.x', () => {
    invalid({ version: '2.0.0' });
    valid({ version: '1.0.3' });
  });
});
