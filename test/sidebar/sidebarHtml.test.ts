/**
 * build/Sidebar.html itself, as HtmlService will serve it (createHtmlOutputFromFile('Sidebar')):
 * one self-contained page. HtmlService serves HTML only, so the script and CSS are inline; the
 * page may name no external resource but Google's add-on stylesheet; `</script>` inside the
 * script must be escaped; user text must never be parsed as HTML.
 */
import { parse } from 'acorn';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

import * as vm from 'node:vm';

// The build's own inliner (CommonJS, shared with esbuild.config.mjs).
const { inlineHtml, inlineHtmlProblems } = require('../../scripts/inlineHtml.cjs') as {
  inlineHtml(shell: string, code: { css: string; js: string }): { html: string; script: string };
  inlineHtmlProblems(html: string, script: string): string[];
};

const FILE = 'build/Sidebar.html';
if (!existsSync(FILE)) execFileSync(process.execPath, ['esbuild.config.mjs', 'addon']);
const html = readFileSync(FILE, 'utf8');
const script = /<script>([\s\S]*)<\/script>/.exec(html)![1];
const style = /<style>([\s\S]*)<\/style>/.exec(html)![1];

describe('build/Sidebar.html', () => {
  it('has one inline script and one inline stylesheet, and links nothing but Google’s add-on CSS', () => {
    expect(html.match(/<script\b[^>]*>/gi)).toEqual(['<script>']);
    expect(html.match(/<style\b[^>]*>/gi)).toEqual(['<style>']);
    expect(html.match(/<link\b[^>]*>/gi)).toEqual(['<link rel="stylesheet" href="https://ssl.gstatic.com/docs/script/css/add-ons1.css">']);
    expect(html.match(/\b(?:src|href)\s*=\s*"[^"]*"/gi)).toEqual(['href="https://ssl.gstatic.com/docs/script/css/add-ons1.css"']);
    expect(style).not.toMatch(/@import|url\(/i);
    expect(html).toContain('<base target="_top">');
  });

  it('keeps the script whole: no "</script" inside it, no template literal, and it parses as ES2017', () => {
    expect(script).not.toMatch(/<\/script/i);
    expect(script).not.toMatch(/<!--/);
    expect(script).not.toContain('`');
    expect(() => parse(script, { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow();
  });

  it('never turns a string into HTML (user text goes in as text) and has no inline event handler', () => {
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/);
    expect(html.replace(script, '')).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('calls the server only through google.script.run (no fetch, no XMLHttpRequest)', () => {
    expect(script).toMatch(/google\.script\.run/);
    expect(script).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/);
  });
});

describe('the inliner', () => {
  const shell = '<html><head><link rel="stylesheet" href="https://ssl.gstatic.com/docs/script/css/add-ons1.css"><style>/*SIDEBAR_CSS*/</style></head><body><script>/*SIDEBAR_JS*/</script></body></html>';

  it('escapes "</script" and "</style" in the code it inlines, and the script still means the same', () => {
    const js = 'var tag = "</script><b>x</b>"; var re = /<\\/SCRIPT>/i; window.out = [tag, re.test("</script>"), "$&"];';
    const { html, script } = inlineHtml(shell, { css: 'p::after{content:"</style>"}', js });
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(inlineHtmlProblems(html, script)).toEqual([]);
    const context: { window: { out?: unknown } } = { window: {} };
    vm.runInNewContext(script, context);
    // `$&` in the code is not a replacement pattern: the code is inlined as it is.
    expect(context.window.out).toEqual(['</script><b>x</b>', true, '$&']);
  });

  it('names what would go wrong in HtmlService', () => {
    const bad = inlineHtml(shell.replace('</head>', '<script src="https://cdn.example/x.js"></script></head>'), { css: '@import url(https://fonts.example/f.css);', js: 'el.innerHTML = s; var t = `a`;' });
    expect(inlineHtmlProblems(bad.html, bad.script)).toEqual([
      'exactly one inline <script> element', 'no external script', 'no stylesheet or font fetched from CSS', 'no template literal in the script', 'no HTML parsing from strings (user text goes in as text)',
    ]);
  });
});
