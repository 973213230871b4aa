// Test-only: lets DOMPurify run in happy-dom as it runs in browsers. Import it (for its effect) at the top of a
// happy-dom test file that renders sanitised pack text.
import nodeConsole from 'node:console';

// DOMPurify parses pack text in an inert document; happy-dom still tries to load <iframe> and <link> found there and
// reports "loading is disabled" on the console it was created with. Browsers load nothing; keep the output clean.
const nodeError = nodeConsole.error;
nodeConsole.error = (...args: unknown[]) => {
  if (args.some((a) => /(Iframe page|CSS file) loading is disabled/.test(String(a)))) return;
  nodeError.apply(nodeConsole, args);
};

// happy-dom 21 answers '' from Node.prototype's nodeName getter (browsers dispatch to the node's own name), and
// DOMPurify 3.5 reads nodeName, nodeType and ownerDocument through Node.prototype's getters. Make those getters
// dispatch as browsers do, so the sanitiser is tested as it runs in Chrome and Firefox.
for (const prop of ['nodeName', 'nodeType', 'ownerDocument'] as const) {
  const base = Object.getOwnPropertyDescriptor(Node.prototype, prop);
  if (!base?.get) continue;
  Object.defineProperty(Node.prototype, prop, {
    configurable: true,
    get(this: Node) {
      for (let proto = Object.getPrototypeOf(this); proto && proto !== Node.prototype; proto = Object.getPrototypeOf(proto)) {
        const own = Object.getOwnPropertyDescriptor(proto, prop);
        if (own?.get) return own.get.call(this);
      }
      return base.get!.call(this);
    },
  });
}
