import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const cssFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? cssFiles(path) : name.endsWith('.css') ? [path] : [];
  });

describe('stylesheets', () => {
  // An unclosed rule nests every rule after it (CSS nesting) and quietly drops their styles.
  it('close every rule they open', () => {
    const unbalanced = cssFiles(join(ROOT, 'components')).filter((file) => {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      let depth = 0;
      for (const ch of text) {
        if (ch === '{') depth++;
        else if (ch === '}' && --depth < 0) return true;
      }
      return depth !== 0;
    });
    expect(unbalanced).toEqual([]);
  });
});
