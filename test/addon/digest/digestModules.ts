/**
 * digestStatus() is not an entry point (the sidebar's getSidebarState calls it inside the
 * bundle), so tests reach it through the add-on's modules bundled as build/Code.js is
 * (moduleBundle.ts), with the real core, loaded into a local runtime.
 */
import type { DigestStatus } from '../../../src/core/digest/digestSettings';
import type { LocalRuntime } from '../../../src/local/runtime/LocalRuntime';
import { loadAddon } from '../../../src/local/runtime/loader';
import { bundleModules } from '../moduleBundle';

export interface DigestModules {
  digestStatus(): DigestStatus;
}

let file: Promise<string> | undefined;

export async function loadDigestModules(rt: LocalRuntime): Promise<DigestModules> {
  file ??= bundleModules("export { digestStatus } from './src/addon/digest/setDigest';\n", 'PiloteDigest');
  const addon = loadAddon(rt, await file);
  return (addon.context as unknown as { PiloteDigest: DigestModules }).PiloteDigest;
}
