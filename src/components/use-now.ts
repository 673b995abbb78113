import { useEffect, useState } from 'react';
import { nowSeconds } from './clock';

/** The current time in epoch seconds, re-rendering every second while the component is on screen. */
export function useNow(): number {
  const [now, setNow] = useState(nowSeconds);
  useEffect(() => {
    const timer = setInterval(() => setNow(nowSeconds()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
