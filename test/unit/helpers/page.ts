// A page for adapter tests: a happy-dom window at `url` whose body holds `html`, handed to `f`, closed afterwards.
import { Window as HappyWindow } from 'happy-dom';

export async function withPage<T>(url: string, html: string, f: (doc: Document) => T): Promise<T> {
  const window = new HappyWindow({ url });
  window.document.body.innerHTML = html;
  try {
    return f(window.document as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}
