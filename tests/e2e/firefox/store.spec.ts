import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import addonsLinter from 'addons-linter';
import { FIREFOX_DIR, FIREFOX_ZIP } from './harness';

interface Message {
  code: string;
  file?: string;
  message: string;
}

async function lint(path: string): Promise<{ errors: Message[]; warnings: Message[]; notices: Message[] }> {
  const linter = addonsLinter.createInstance({
    config: { _: [path], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: true, selfHosted: false },
    runAsBinary: false,
  });
  return linter.run();
}

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * The one warning README explains: Preact's own code for `dangerouslySetInnerHTML` assigns
 * innerHTML. Accepted only while that is the file's sole innerHTML assignment (our code never
 * uses dangerouslySetInnerHTML).
 */
async function isPreactInnerHtml(warning: Message): Promise<boolean> {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file) return false;
  const code = await readFile(join(FIREFOX_DIR, warning.file), 'utf8');
  const assignments = code.match(/\.innerHTML\s*=(?!=)/g) ?? [];
  return assignments.length === 1 && /\.innerHTML=\w+\.__html\b/.test(code);
}

/** Our source files (components, entrypoints, lib) that contain `text`. */
async function sourcesUsing(text: string): Promise<string[]> {
  const found: string[] = [];
  for (const dir of ['components', 'entrypoints', 'lib']) {
    for (const entry of await readdir(join(ROOT, dir), { recursive: true })) {
      if (/\.tsx?$/.test(entry) && (await readFile(join(ROOT, dir, entry), 'utf8')).includes(text)) found.push(`${dir}/${entry}`);
    }
  }
  return found;
}

describe('the Firefox store package (npm run zip:firefox)', () => {
  it('passes Mozilla’s addons-linter: no errors, and no warning the README does not explain', async () => {
    const result = await lint(FIREFOX_ZIP);
    expect(result.errors).toEqual([]);
    const unexplained = [];
    for (const warning of result.warnings) if (!(await isPreactInnerHtml(warning))) unexplained.push(warning);
    expect(unexplained).toEqual([]);
    expect(await sourcesUsing('dangerouslySetInnerHTML')).toEqual([]);
  });

  it('asks for what the README lists, and runs no remote code', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8'));
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const permission of manifest.permissions) expect(readme, `README names the "${permission}" permission`).toContain(`\`${permission}\``);
    expect(manifest.content_security_policy).toBeUndefined();
  });
});
