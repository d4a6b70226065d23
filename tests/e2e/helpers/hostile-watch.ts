/**
 * Watches a page for hostile text turning into markup: every element added to the document is checked for the
 * markers the hostile fixtures carry, every dialog is recorded (and dismissed), and the prototypes of the
 * page's realm are snapshotted so a test can tell whether anything polluted them.
 */
import type { Page } from '@playwright/test';

/** Set by the hostile text if it ever runs (`window.hostileRan=1`). */
export const RAN_MARKER = 'hostileRan';

declare global {
  interface Window {
    hostileNodes?: string[];
    hostileRan?: number;
  }
}

export interface HostileWatch {
  dialogs: string[];
  /** Elements created from hostile text (their outer HTML), found since the page loaded. */
  nodes: () => Promise<string[]>;
  /** Whether hostile script ran in the page. */
  ran: () => Promise<boolean>;
}

export async function watchHostile(page: Page): Promise<HostileWatch> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript((marker) => {
    window.hostileNodes = [];
    const check = (node: Node) => {
      if (!(node instanceof Element)) return;
      for (const el of [node, ...node.querySelectorAll('img, script, iframe, svg, object')]) {
        const tag = el.tagName.toLowerCase();
        const suspicious = tag === 'img' && el.getAttribute('src') === 'x';
        if (suspicious || ((tag === 'script' || tag === 'img') && el.outerHTML.includes(marker))) {
          window.hostileNodes?.push(el.outerHTML.slice(0, 200));
        }
      }
    };
    new MutationObserver((records) => {
      for (const record of records) record.addedNodes.forEach(check);
    }).observe(document, { childList: true, subtree: true });
  }, RAN_MARKER);
  return {
    dialogs,
    nodes: () => page.evaluate(() => window.hostileNodes ?? []),
    ran: () => page.evaluate((marker) => marker in window, RAN_MARKER),
  };
}

export interface PrototypeSnapshot {
  object: string[];
  array: string[];
  function: string[];
}

/** The own keys of the built-in prototypes a parser could pollute, in the page's current realm. */
export function prototypeKeys(page: Page): Promise<PrototypeSnapshot> {
  return page.evaluate(() => ({
    object: Object.getOwnPropertyNames(Object.prototype).sort(),
    array: Object.getOwnPropertyNames(Array.prototype).sort(),
    function: Object.getOwnPropertyNames(Function.prototype).sort(),
  }));
}

/** `({}).polluted` and friends: what a polluted prototype would show to every object. */
export function pollutedProbe(page: Page): Promise<unknown[]> {
  return page.evaluate(() => {
    const probe = {} as Record<string, unknown>;
    return [probe.polluted, probe['__proto__polluted'], ([] as unknown as Record<string, unknown>).polluted];
  });
}
