import { afterEach, expect, test } from 'vitest';
import { useSyncExternalStore } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import userEvent from '@testing-library/user-event';
import { act, render, renderApp, screen, waitFor, within } from '../../../tests/setup/render';
import { ScreenPage, type UseRemotePosition } from './screen-page';
import { PRESENT_PROTOCOL } from '../../domain';

const channels: BroadcastChannel[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) c.close();
});

/** The console's end of the module's channel, as the test sees it. */
function consoleChannel() {
  const channel = new BroadcastChannel('sta-present:01-foundations');
  channels.push(channel);
  const received: unknown[] = [];
  channel.onmessage = (e) => received.push(e.data);
  return { channel, received };
}

const slideTitle = (name: string | RegExp) => screen.findByRole('heading', { level: 2, name });

test('the screen shows the slide of its address alone, without notes or controls', async () => {
  renderApp('/present/01-foundations/screen?slide=smart-criteria');
  expect(await slideTitle(/有效销售目标的特征/)).toBeInTheDocument();
  expect(screen.queryByRole('complementary', { name: '讲师备注' })).not.toBeInTheDocument();
  const stage = document.querySelector<HTMLElement>('.present-screen')!;
  expect(within(stage).queryByRole('button')).not.toBeInTheDocument();
  expect(within(stage).queryByRole('link')).not.toBeInTheDocument();
  expect(stage).toHaveAttribute('data-black', 'false');
  expect(screen.getByRole('heading', { level: 1, name: '销售目标基础' })).toBeInTheDocument();
});

test('a screen opened black stays black, its slide hidden from screen readers too', async () => {
  renderApp('/present/01-foundations/screen?slide=smart-criteria&black=1');
  await waitFor(() => expect(document.querySelector('.present-screen')).toHaveAttribute('data-black', 'true'));
  expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
});

test('the screen says hello, follows the console\'s positions, ignores stale ones, and keeps the place in its address', async () => {
  const { channel, received } = consoleChannel();
  const { router } = renderApp('/present/01-foundations/screen');
  expect(await slideTitle('第一部分 销售目标基础')).toBeInTheDocument();
  await waitFor(() => expect(received).toContainEqual({ v: PRESENT_PROTOCOL, type: 'hello', moduleId: '01-foundations' }));

  const position = { v: PRESENT_PROTOCOL, type: 'position', moduleId: '01-foundations', black: false, reveal: 0, source: 'console-1' };
  channel.postMessage({ ...position, slideId: 'why-targets-matter', seq: 5 });
  expect(await slideTitle('销售目标的重要性')).toBeInTheDocument();
  // The first console that answers is the one this screen follows from now on; the address says which.
  await waitFor(() => expect(router.state.location.search).toBe('?slide=why-targets-matter&console=console-1'));

  // An older message arriving late changes nothing; another module's neither; another console's neither.
  channel.postMessage({ ...position, slideId: 'part-overview', seq: 4 });
  channel.postMessage({ ...position, moduleId: '03-execution', slideId: 'part-overview', seq: 9 });
  channel.postMessage({ ...position, source: 'console-2', slideId: 'smart-criteria', seq: 100 });
  channel.postMessage({ ...position, slideId: 'target-types', seq: 6, black: true });
  await waitFor(() => expect(router.state.location.search).toBe('?slide=target-types&black=1&console=console-1'));
  expect(document.querySelector('.present-screen')).toHaveAttribute('data-black', 'true');
  channel.postMessage({ ...position, slideId: 'target-types', seq: 7, white: true });
  await waitFor(() => expect(router.state.location.search).toBe('?slide=target-types&white=1&console=console-1'));
});

test('a screen opened by a console follows that console only, asks it alone, and sends its keys to it', async () => {
  const { channel, received } = consoleChannel();
  const user = userEvent.setup();
  const { router } = renderApp('/present/01-foundations/screen?slide=part-overview&console=mine');
  await slideTitle('第一部分 销售目标基础');
  await waitFor(() => expect(received).toContainEqual({ v: PRESENT_PROTOCOL, type: 'hello', moduleId: '01-foundations', console: 'mine' }));
  const position = { v: PRESENT_PROTOCOL, type: 'position', moduleId: '01-foundations', black: false, reveal: 0 };
  channel.postMessage({ ...position, source: 'other-tab', slideId: 'smart-criteria', seq: 50 });
  channel.postMessage({ ...position, source: 'mine', slideId: 'why-targets-matter', seq: 3 });
  expect(await slideTitle('销售目标的重要性')).toBeInTheDocument();
  // The address follows the slide after it is drawn: a loaded machine may draw first.
  await waitFor(() => expect(router.state.location.search).toBe('?slide=why-targets-matter&console=mine'));
  await user.keyboard('{Shift>} {/Shift}w');
  await waitFor(() =>
    expect(received).toEqual(
      expect.arrayContaining([
        { v: PRESENT_PROTOCOL, type: 'command', moduleId: '01-foundations', action: 'prev', to: 'mine' },
        { v: PRESENT_PROTOCOL, type: 'command', moduleId: '01-foundations', action: 'white', to: 'mine' },
      ]),
    ),
  );
});

test('keys pressed on the screen go to the console; F is the screen\'s own full screen', async () => {
  const { received } = consoleChannel();
  const user = userEvent.setup();
  renderApp('/present/01-foundations/screen');
  await slideTitle('第一部分 销售目标基础');
  await user.keyboard('{PageDown}b');
  await waitFor(() =>
    expect(received).toEqual(
      expect.arrayContaining([
        { v: PRESENT_PROTOCOL, type: 'command', moduleId: '01-foundations', action: 'next' },
        { v: PRESENT_PROTOCOL, type: 'command', moduleId: '01-foundations', action: 'black' },
      ]),
    ),
  );
  // The screen itself does not move: the console decides.
  expect(await slideTitle('第一部分 销售目标基础')).toBeInTheDocument();
});

test('a screen given a remote position (the live-session server) follows it', async () => {
  // Like the live-session socket: an outside source of positions that tells React when it changes.
  let remote: ReturnType<UseRemotePosition> = undefined;
  const listeners = new Set<() => void>();
  const setRemote = (next: ReturnType<UseRemotePosition>) => {
    remote = next;
    for (const l of listeners) l();
  };
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  const useRemote: UseRemotePosition = () => useSyncExternalStore(subscribe, () => remote);
  const router = createMemoryRouter([{ path: '/present/:moduleId/screen', element: <ScreenPage useRemotePosition={useRemote} /> }], {
    initialEntries: ['/present/01-foundations/screen?slide=part-overview'],
  });
  render(<RouterProvider router={router} />);
  expect(await slideTitle('第一部分 销售目标基础')).toBeInTheDocument();
  act(() => setRemote({ slideId: 'target-types', black: false }));
  expect(await slideTitle('销售目标类型')).toBeInTheDocument();
  await waitFor(() => expect(router.state.location.search).toBe('?slide=target-types'));
  act(() => setRemote({ slideId: 'target-types', black: true }));
  await waitFor(() => expect(document.querySelector('.present-screen')).toHaveAttribute('data-black', 'true'));
});

test("the screen hides a grid's figures until the console's position reveals them, one at a time", async () => {
  const channel = new BroadcastChannel('sta-present:08-eq');
  channels.push(channel);
  const received: unknown[] = [];
  channel.onmessage = (e) => received.push(e.data);
  renderApp('/present/08-eq/screen?slide=eq-overview');
  expect(await slideTitle(/第八部分/)).toBeInTheDocument();
  // The screen listens from its hello on: a console answers only then.
  await waitFor(() => expect(received).toContainEqual(expect.objectContaining({ type: 'hello', moduleId: '08-eq' })));
  expect(screen.getAllByText('数字待讲师揭晓')).toHaveLength(3);
  expect(screen.queryByText('58%')).not.toBeInTheDocument();
  const position = { v: PRESENT_PROTOCOL, type: 'position', moduleId: '08-eq', slideId: 'eq-overview', black: false, source: 'console-1' };
  channel.postMessage({ ...position, reveal: 1, seq: 1 });
  expect(await screen.findByText('58%')).toBeInTheDocument();
  expect(screen.getAllByText('数字待讲师揭晓')).toHaveLength(2);
  channel.postMessage({ ...position, reveal: 3, seq: 2 });
  expect(await screen.findByText('67%')).toBeInTheDocument();
  expect(screen.queryByText('数字待讲师揭晓')).not.toBeInTheDocument();
});
