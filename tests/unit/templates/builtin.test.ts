import { describe, expect, it } from 'vitest';
import { Template } from '../../../lib/model';
import { builtInTemplates } from '../../../lib/templates/builtin';
import { openCompanionDB } from '../../../lib/store/db';
import { saveTemplate } from '../../../lib/store/templates';

describe('built-in agenda templates', () => {
  it('ships the five models, each credited and valid', () => {
    expect(builtInTemplates.map((t) => t.id)).toEqual(['purpose-connection', 'story-learn', 'three-parts', 'six-steps', 'relationship-first']);
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
