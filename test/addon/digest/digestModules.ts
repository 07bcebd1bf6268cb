/**
 * digestStatus() is not an entry point (the sidebar's getSidebarState calls it inside the
 * bundle), so tests reach it through the add-on's modules bundled as build/Code.js is (esbuild
 * IIFE, ES2020, platform neutral), with the real core, loaded into a local runtime.
 */
import * as esbuild from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DigestStatus } from '../../../src/core/digest/digestSettings';
import type { LocalRuntime } from '../../../src/local/runtime/LocalRuntime';
import { loadAddon } from '../../../src/local/runtime/loader';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface DigestModules {
  digestStatus(): DigestStatus;
}

let file: Promise<string> | undefined;

function bundle(): Promise<string> {
  file ??= esbuild.build({
    stdin: { contents: "export { digestStatus } from './src/addon/digest/setDigest';\n", resolveDir: ROOT, loader: 'ts' },
    bundle: true, format: 'iife', globalName: 'PiloteDigest', target: 'es2020', platform: 'neutral', mainFields: ['module', 'main'], write: false, logLevel: 'silent',
  }).then((result) => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'pilote-digest-')), 'Digest.js');
    writeFileSync(out, result.outputFiles[0].text);
    return out;
  });
  return file;
}

export async function loadDigestModules(rt: LocalRuntime): Promise<DigestModules> {
  const addon = loadAddon(rt, await bundle());
  return (addon.context as unknown as { PiloteDigest: DigestModules }).PiloteDigest;
}
