// The options page mounted in happy-dom for its tests: a section rendered and settled, files chosen in an input, a
// button found by its text, everything unmounted after each test. Each test file mocks lib/messages and wxt/browser
// itself (vi.mock is hoisted per file, and this module then sees those mocks).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsApp, type SectionId } from '../../../components/options/OptionsApp';

const roots: HTMLElement[] = [];

/** Lets effects, timers and mocked messages settle for `ms`. */
export async function flush(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

/** The options page opened on `section`, its first loads done. */
export async function mountOptions(section: SectionId): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  await act(async () => {
    render(<OptionsApp initialSection={section} />, root);
  });
  await flush(10);
  return root;
}

/** Unmounts every page mounted so far (afterEach, or a test that mounts in several languages). */
export function unmountOptions(): void {
  for (const r of roots.splice(0)) render(null, r);
}

/** Files chosen in a file input, as the browser's picker hands them over; the page's reads and checks settled. */
export async function chooseFiles(input: HTMLInputElement, files: File[]): Promise<void> {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush(20);
  await flush(20);
}

export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const b = [...root.querySelectorAll('button')].find((el) => el.textContent?.trim() === text);
  if (!b) throw new Error(`no button "${text}"`);
  return b;
}
