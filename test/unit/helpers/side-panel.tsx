// Mounting the side panel in a unit test (happy-dom), with its messages and browser mocked by the test file: one
// mount per test, unmounted after it.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SidePanelApp } from '../../../entrypoints/sidepanel/App';

/** Renders the side panel into a new element of the page and lets its first reads of the tab settle. */
export async function mountSidePanel(settleMs = 30): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<SidePanelApp />, root);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, settleMs));
  });
  return root;
}

/** Takes a mounted side panel off the page. */
export function unmountSidePanel(root: HTMLElement | null): void {
  if (!root) return;
  act(() => render(null, root));
  root.remove();
}
