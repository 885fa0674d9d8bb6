/**
 * A value that follows `value` at most every `ms` milliseconds (the first change at once, the
 * latest one at the end of each window). An app under test may send 1,000 requests a second;
 * the log table and the timeline redraw a few times a second, not per request.
 */
import { useEffect, useRef, useState } from 'react';

export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = last.current + ms - Date.now();
    if (wait <= 0) {
      last.current = Date.now();
      setShown(value);
      return;
    }
    const handle = setTimeout(() => {
      last.current = Date.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(handle);
  }, [value, ms]);
  return shown;
}
