/**
 * Tab on a table's last input cell leaves the table, as a form does: focus goes to the next focusable
 * element after the grid (Shift+Tab: the one before), not to the grid's computed cells.
 */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), ' +
  '[tabindex]:not([tabindex="-1"])';

export function focusOutside(container: HTMLElement, backwards: boolean): boolean {
  const candidates = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !container.contains(el) && el.getClientRects().length > 0,
  );
  const after = (el: HTMLElement) => (container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const target = backwards ? candidates.filter((el) => !after(el)).pop() : candidates.find(after);
  if (!target) return false;
  target.focus();
  return true;
}
