// Inlining a page's script and CSS into its HTML shell, for HtmlService (which serves HTML only).
// CommonJS so both esbuild.config.mjs and the jest tests can load it.
'use strict';

/** The only external resource the sidebar may name: Google's add-on stylesheet. */
const ADDON_CSS = 'https://ssl.gstatic.com/docs/script/css/add-ons1.css';

/**
 * `</script` (or `</style`) inside inlined code would close the element early. Inside a JavaScript
 * string or regular expression `<\/` means the same as `</`; in CSS `\/` is an escaped `/`.
 */
function escapeClosingTag(code, tag) {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

/** The shell with `/*SIDEBAR_CSS*\/` and `/*SIDEBAR_JS*\/` replaced by the escaped code. */
function inlineHtml(shell, { css, js }) {
  const script = escapeClosingTag(js, 'script');
  const style = escapeClosingTag(css, 'style');
  const html = shell.replace('/*SIDEBAR_CSS*/', () => style).replace('/*SIDEBAR_JS*/', () => script);
  return { html, script };
}

/** What would not work, or not safely, in HtmlService; empty when the page is fine. */
function inlineHtmlProblems(html, script) {
  const problems = [];
  if ((html.match(/<script\b/gi) || []).length !== 1 || (html.match(/<\/script/gi) || []).length !== 1) problems.push('exactly one inline <script> element');
  if (/<script[^>]*\bsrc=/i.test(html)) problems.push('no external script');
  const links = html.match(/<link\b[^>]*>/gi) || [];
  if (links.length !== 1 || !links[0].includes(`href="${ADDON_CSS}"`)) problems.push(`one <link>, to ${ADDON_CSS}`);
  if (/@import|url\(\s*['"]?(https?:)?\/\//i.test(html)) problems.push('no stylesheet or font fetched from CSS');
  if (/<!--/.test(script)) problems.push('no "<!--" in the script');
  if (/`/.test(script)) problems.push('no template literal in the script');
  if (/\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write/.test(script)) problems.push('no HTML parsing from strings (user text goes in as text)');
  if (/\son[a-z]+\s*=/i.test(html.replace(script, ''))) problems.push('no inline event handler attributes');
  return problems;
}

module.exports = { ADDON_CSS, escapeClosingTag, inlineHtml, inlineHtmlProblems };
