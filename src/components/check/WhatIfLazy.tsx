/**
 * Loads "Wat als er iets verandert?" (WhatIf.tsx and src/lib/whatif) when the results are shown: it
 * comes with the engine, not with the page before the start (the 40 KB budget).
 */
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { WhatIfProps } from './WhatIf.tsx';

let loading: Promise<FunctionComponent<WhatIfProps>> | null = null;
const load = () => (loading ??= import('./WhatIf.tsx').then((m) => m.default).catch((e: unknown) => {
  loading = null;
  throw e;
}));

export default function WhatIfLazy(props: WhatIfProps) {
  const [C, setC] = useState<FunctionComponent<WhatIfProps> | null>(null);
  useEffect(() => {
    let live = true;
    load()
      .then((c) => live && setC(() => c))
      .catch(() => {
        /* without it the results are complete; a reload tries again */
      });
    return () => {
      live = false;
    };
  }, []);
  return C ? <C {...props} /> : null;
}
