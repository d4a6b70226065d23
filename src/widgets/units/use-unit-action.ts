/**
 * One write at a time on the units page: while it runs every button is disabled, and its outcome (a Chinese
 * confirmation or the repository's Chinese refusal, shown verbatim) replaces the previous message.
 */
import { useCallback, useState } from 'react';

export interface ActionMessage {
  tone: 'ok' | 'error';
  text: string;
}

export interface UnitAction {
  busy: boolean;
  message: ActionMessage | undefined;
  /** Runs `action`; on success shows `done` (or what it returns), on failure the error's message. */
  run: (action: () => Promise<string | void>, done?: string) => Promise<boolean>;
  clear: () => void;
}

const UNKNOWN_FAILURE = '操作未完成，数据没有改变。请重试；如仍失败，请刷新页面。';

export function useUnitAction(): UnitAction {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessage>();

  const run = useCallback(async (action: () => Promise<string | void>, done?: string) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const said = await action();
      const text = said ?? done;
      if (text) setMessage({ tone: 'ok', text });
      return true;
    } catch (error) {
      const text = error instanceof Error && error.message !== '' ? error.message : UNKNOWN_FAILURE;
      setMessage({ tone: 'error', text });
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const clear = useCallback(() => setMessage(undefined), []);
  return { busy, message, run, clear };
}
