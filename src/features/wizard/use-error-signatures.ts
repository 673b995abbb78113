import { useEffect, useState } from 'react';
import { loadErrorSignatures } from '../../content/error-signatures';
import type { ErrorSignatures } from '../../engine/content-schema';

let cached: ErrorSignatures | null = null;

/** The error signatures, fetched the first time the user types an error (they stay out of the first load). */
export function useErrorSignatures(text: string): ErrorSignatures | null {
  const [signatures, setSignatures] = useState(cached);
  const wanted = text.trim() !== '';
  useEffect(() => {
    if (signatures || !wanted) return;
    let live = true;
    loadErrorSignatures().then((loaded) => {
      cached = loaded;
      if (live) setSignatures(loaded);
    });
    return () => {
      live = false;
    };
  }, [signatures, wanted]);
  return signatures;
}
