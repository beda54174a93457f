import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word the product shows comes from the locale files. This walks the components and
 * entrypoints and lists text that would reach the screen without going through t(): JSX text,
 * string attributes people read (labels, titles, placeholders), string literals and templates
 * placed in JSX, and strings handed to the state that messages are shown from.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const DIRS = ['components', 'entrypoints'];
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-valuetext']);
const MESSAGE_SETTERS = /^set(Error|Message|Status|Notice|Problem|Note|Info|Warning|Done|Copied|Result)$/;
const WORDS = /\p{L}{2,}/u;
/** A state code handed to a setter ('saving', 'held'): one lowercase token, never a sentence shown. */
const CODE = /^['"`][a-z][a-z-]*['"`]$/;

/**
 * Where a string in braces is read by people: as a child of an element, or as a read attribute.
 * Elsewhere (class, id, key, data-*, aria-describedby) it names things for code and CSS.
 */
function isShown(node: ts.JsxExpression, source: ts.SourceFile): boolean {
  const parent = node.parent;
  if (ts.isJsxAttribute(parent)) return READ_ATTRIBUTES.has(parent.name.getText(source));
  return true;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(tsx?|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function findings(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const where = (node: ts.Node) => `${relative(ROOT, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText(source);
      if (READ_ATTRIBUTES.has(name) && WORDS.test(node.initializer.text)) found.push(`${where(node)} ${name}="${node.initializer.text}"`);
    }
    if (ts.isJsxExpression(node) && node.expression && isShown(node, source) && (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression) || ts.isTemplateExpression(node.expression))) {
      const text = node.expression.getText(source);
      if (WORDS.test(text.replace(/\$\{[^}]*\}/g, ''))) found.push(`${where(node)} {${text}}`);
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && MESSAGE_SETTERS.test(node.expression.text)) {
      const [arg] = node.arguments;
      if (arg && (ts.isStringLiteral(arg) || ts.isTemplateExpression(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) && !CODE.test(arg.getText(source)) && WORDS.test(arg.getText(source).replace(/\$\{[^}]*\}/g, ''))) {
        found.push(`${where(node)} ${node.expression.text}(${arg.getText(source)})`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('product text', () => {
  it('comes from the locale files, in every component and page', () => {
    const all = DIRS.flatMap((dir) => files(join(ROOT, dir))).flatMap(findings);
    expect(all).toEqual([]);
  });
});
