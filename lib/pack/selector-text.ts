// A CSS selector given as data (a pack's site profile): whether its brackets and quotes close where they open.
// Firebreak writes such selectors inside its own rules (`:is(…)` in the page stylesheet) and queries: one that
// closes a bracket it did not open ("x), body:not(y") would step out of that rule and style the whole page.

/** True when every "(" and "[" is closed in order, every quoted string ends, and no escape is left dangling. */
export function isBalancedSelector(selector: string): boolean {
  const open: string[] = [];
  let quote = '';
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (c === '\\') {
      if (i + 1 >= selector.length) return false;
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') open.push(c);
    else if (c === ')' || c === ']') {
      if (open.pop() !== (c === ')' ? '(' : '[')) return false;
    }
  }
  return !quote && open.length === 0;
}
