import { useEffect, useState } from 'preact/hooks';

/** The time, refreshed every `everyMs` while `running` (a clock that is not shown does not tick). */
export function useNow(everyMs: number, running = true): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs, running]);
  return running ? Math.max(now, Date.now()) : now;
}
