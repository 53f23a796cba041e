import { expect, test } from 'vitest';
import { serveApp } from './serve-app';

// Documents written at once (two tabs of a course, two instances behind a load balancer): each
// write reads the stored document (to merge, or to check its ETag) and writes it back, and none
// may overwrite another's or pass a check another one already spent.
const served = serveApp({ xapiUser: 'lrs-tool', xapiPassword: 's3cret' });
const headers = { Authorization: `Basic ${Buffer.from('lrs-tool:s3cret').toString('base64')}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
const actor = { objectType: 'Agent', mbox: 'mailto:docs@example.com' };
const together = 8;
const keys = Array.from({ length: together }, (_, i) => `k${i}`);

test('state documents merged by POSTs that arrive at once keep every key', async () => {
  for (let round = 0; round < 4; round++) {
    const url = `${served.base}/xapi/activities/state?activityId=${encodeURIComponent('http://example.com/au')}&agent=${encodeURIComponent(JSON.stringify(actor))}&stateId=at-once-${round}`;
    const sent = await Promise.all(keys.map((k, i) => fetch(url, { method: 'POST', headers, body: JSON.stringify({ [k]: i }) })));
    expect(sent.map((res) => res.status)).toEqual(keys.map(() => 204));
    expect(await (await fetch(url, { headers })).json()).toEqual(Object.fromEntries(keys.map((k, i) => [k, i])));
  }
});

test('agent profiles merged by POSTs that arrive at once keep every key', async () => {
  const url = `${served.base}/xapi/agents/profile?agent=${encodeURIComponent(JSON.stringify(actor))}&profileId=at-once`;
  const sent = await Promise.all(keys.map((k, i) => fetch(url, { method: 'POST', headers, body: JSON.stringify({ [k]: i }) })));
  expect(sent.map((res) => res.status)).toEqual(keys.map(() => 204));
  expect(await (await fetch(url, { headers })).json()).toEqual(Object.fromEntries(keys.map((k, i) => [k, i])));
});

test('of PUTs that arrive at once naming the same ETag, one writes and the others hear 412', async () => {
  for (let round = 0; round < 4; round++) {
    const url = `${served.base}/xapi/activities/profile?activityId=${encodeURIComponent('http://example.com/au')}&profileId=etag-${round}`;
    expect((await fetch(url, { method: 'PUT', headers: { ...headers, 'If-None-Match': '*' }, body: '{"v":"first"}' })).status).toBe(204);
    const tag = (await fetch(url, { headers })).headers.get('ETag')!;
    const sent = await Promise.all(keys.map((k) => fetch(url, { method: 'PUT', headers: { ...headers, 'If-Match': tag }, body: JSON.stringify({ v: k }) })));
    const statuses = sent.map((res) => res.status);
    expect(statuses.filter((s) => s === 204)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(together - 1);
    expect(await (await fetch(url, { headers })).json()).toEqual({ v: keys[statuses.indexOf(204)] });
  }
});
