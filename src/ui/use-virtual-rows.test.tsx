import { expect, test } from 'vitest';
import { createRoot } from 'react-dom/client';
import { act, render, waitFor } from '@testing-library/react';
import { useVirtualRows } from './use-virtual-rows';

const ROW = 20;

function List({ resetKey }: { resetKey: string }) {
  const { ref, start, end } = useVirtualRows({ count: 1000, rowHeight: ROW, fallbackHeight: 200, overscan: 0, resetKey });
  return (
    <div ref={ref} role="list">
      {Array.from({ length: end - start }, (_, i) => (
        <div role="listitem" key={start + i}>{`row ${start + i}`}</div>
      ))}
    </div>
  );
}

function scroll(list: Element, top: number) {
  list.scrollTop = top;
  list.dispatchEvent(new Event('scroll'));
}

test('a scroll that comes right after the list is drawn, before React runs its passive effects, still moves the window', async () => {
  const container = document.body.appendChild(document.createElement('div'));
  // Outside act, as in a browser: React commits, then runs passive effects in a later task.
  // A mutation observer fires between the two, like a user (or a test) acting on the freshly drawn list.
  const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const previous = env.IS_REACT_ACT_ENVIRONMENT;
  env.IS_REACT_ACT_ENVIRONMENT = false;
  const root = createRoot(container);
  try {
    const drawn = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        const list = container.querySelector('[role="list"]');
        if (!list) return;
        observer.disconnect();
        scroll(list, 500 * ROW);
        resolve();
      });
      observer.observe(container, { childList: true, subtree: true });
    });
    root.render(<List resetKey="a" />);
    await drawn;
    await waitFor(() => expect(container.querySelector('[role="listitem"]')).toHaveTextContent('row 500'));
  } finally {
    root.unmount();
    env.IS_REACT_ACT_ENVIRONMENT = previous;
  }
});

test('scrolling brings the rows in view; a new result starts again from the top', () => {
  const { container, rerender } = render(<List resetKey="a" />);
  const list = container.querySelector('[role="list"]')!;
  expect(list.querySelectorAll('[role="listitem"]')).toHaveLength(11);
  expect(list.firstElementChild).toHaveTextContent('row 0');

  act(() => scroll(list, 300 * ROW));
  expect(list.firstElementChild).toHaveTextContent('row 300');
  expect(list.lastElementChild).toHaveTextContent('row 310');

  rerender(<List resetKey="b" />);
  expect(list.scrollTop).toBe(0);
  expect(list.firstElementChild).toHaveTextContent('row 0');
});
