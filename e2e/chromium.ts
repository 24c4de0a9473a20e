/** Debian's Chromium, never a downloaded browser, launched so that it calls nobody. */
import { existsSync } from 'node:fs';

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found for the browser tests. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  }
  return found;
}

/** The browser itself must make no outside calls (updates, sync, field trials…); WebGL via SwiftShader. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
