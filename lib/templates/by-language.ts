import type { Template, TemplateLanguage } from '../model';

/**
 * Agenda models grouped by the language they are written in, `first` (the interface language)
 * first, each group in the order given; languages with no model are left out. The model picker
 * shows both languages this way, since a 1:1 may be held in either.
 */
export function byLanguage(templates: readonly Template[], first: TemplateLanguage): { lang: TemplateLanguage; templates: Template[] }[] {
  const order: TemplateLanguage[] = first === 'es' ? ['es', 'en'] : ['en', 'es'];
  return order.map((lang) => ({ lang, templates: templates.filter((x) => (x.lang ?? 'en') === lang) })).filter((group) => group.templates.length);
}
