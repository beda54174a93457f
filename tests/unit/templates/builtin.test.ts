import { describe, expect, it } from 'vitest';
import { Template } from '../../../lib/model';
import { builtInTemplates } from '../../../lib/templates/builtin';
import { openCompanionDB } from '../../../lib/store/db';
import { saveTemplate } from '../../../lib/store/templates';
import { askStepIndex, commitmentStepIndex } from '../../../lib/rules/flow';
import { byLanguage } from '../../../lib/templates/by-language';

describe('built-in agenda templates', () => {
  const ENGLISH = ['purpose-connection', 'story-learn', 'three-parts', 'six-steps', 'relationship-first'];

  it('ships the five models in English and in Spanish, each credited and valid', () => {
    expect(builtInTemplates.map((t) => t.id)).toEqual([...ENGLISH, ...ENGLISH.map((id) => `${id}-es`)]);
    expect(builtInTemplates.map((t) => t.lang)).toEqual([...ENGLISH.map(() => 'en'), ...ENGLISH.map(() => 'es')]);
    for (const template of builtInTemplates) {
      expect(Template.safeParse(template).success).toBe(true);
      expect(template.source).not.toBe('');
      for (const step of template.steps) {
        expect(step.goal.length).toBeGreaterThan(10);
        expect(step.prompts.length).toBeGreaterThan(0);
      }
    }
  });

  it('gives the six steps green and yellow lights, and the three-part model its four worksheet headings', () => {
    const six = builtInTemplates.find((t) => t.id === 'six-steps')!;
    expect(six.steps.slice(0, 5).every((s) => s.green && s.yellow)).toBe(true);
    expect(builtInTemplates.find((t) => t.id === 'three-parts')!.worksheet).toHaveLength(4);
  });

  it.each(ENGLISH)('has a Spanish %s with the same steps, lights and worksheet, in its own words', (id) => {
    const en = builtInTemplates.find((t) => t.id === id)!;
    const es = builtInTemplates.find((t) => t.id === `${id}-es`)!;
    const shape = (t: Template) => ({
      steps: t.steps.map((s) => ({ id: s.id, prompts: s.prompts.length, green: Boolean(s.green), yellow: Boolean(s.yellow) })),
      worksheet: t.worksheet.length,
      builtIn: t.builtIn,
    });
    expect(shape(es)).toEqual(shape(en));
    // The flow finds the ask and the commitments by step id: the same steps in both languages.
    expect(askStepIndex(es)).toBe(askStepIndex(en));
    expect(commitmentStepIndex(es)).toBe(commitmentStepIndex(en));
    // Written, not left in English: every text differs from its English twin.
    expect(es.name).not.toBe(en.name);
    expect(es.source).not.toBe(en.source);
    es.steps.forEach((step, i) => {
      expect(step.title).not.toBe(en.steps[i]!.title);
      expect(step.goal).not.toBe(en.steps[i]!.goal);
      step.prompts.forEach((prompt, j) => expect(prompt).not.toBe(en.steps[i]!.prompts[j]));
    });
  });

  it('groups models by language for the picker, the interface language first', () => {
    const mine = { ...builtInTemplates[3]!, id: 'mine', name: 'Mine', builtIn: false, lang: 'es' as const };
    const groups = byLanguage([...builtInTemplates, mine], 'es');
    expect(groups.map((g) => g.lang)).toEqual(['es', 'en']);
    expect(groups[0]!.templates.map((t) => t.id)).toEqual([...ENGLISH.map((id) => `${id}-es`), 'mine']);
    expect(byLanguage(builtInTemplates, 'en')[0]!.templates.map((t) => t.id)).toEqual(ENGLISH);
    expect(byLanguage(builtInTemplates.slice(0, 5), 'es').map((g) => g.lang)).toEqual(['en']);
  });
});

describe('custom templates', () => {
  it('a copy of a built-in model, edited, is saved under its own id', async () => {
    const db = await openCompanionDB();
    const copy = { ...builtInTemplates[0]!, id: 'our-version', name: 'Our five parts', builtIn: true };
    const saved = await saveTemplate(db, copy);
    expect(saved.builtIn).toBe(false);
  });

  it.each([
    [{ id: 'x', name: '', steps: [{ id: 'a', title: 'A', goal: 'g' }] }, 'A template needs a name'],
    [{ id: 'x', name: 'X', steps: [] }, 'A template needs at least one step'],
    [{ id: 'x', name: 'X', steps: [{ id: 'a', title: 'A', goal: 'g' }, { id: 'a', title: 'B', goal: 'g' }] }, 'Step id "a" is used twice (at steps.1.id)'],
    [{ id: 'x', name: 'X', steps: [{ id: 'A B', title: 'A', goal: 'g' }] }, 'Step ids use lowercase letters, digits and dashes (at steps.0.id)'],
    [{ id: 'x', name: 'X', steps: [{ id: 'a', title: 'A', goal: '' }] }, 'Each step needs a goal (at steps.0.goal)'],
    [{ ...builtInTemplates[3]! }, '"six-steps" is a built-in template; save a copy under a new id'],
  ])('refuses an invalid template with a message naming the problem (%#)', async (input, message) => {
    const db = await openCompanionDB();
    await expect(saveTemplate(db, input)).rejects.toThrow(message);
    expect(await db.count('templates')).toBe(0);
  });
});
