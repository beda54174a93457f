import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, panel } from './harness';

/**
 * The whole extension in a browser whose interface is Spanish (Chromium started with --lang=es):
 * the popup, the options and reports pages and the panel speak Spanish, a 1:1 on a Spanish
 * agenda model runs from plan to finish, and dates read in Spanish.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ARTIFACTS = resolve(import.meta.dirname, '.artifacts');
const PERSON = 'http://riverside.nationbuilder.com/admin/signups/1201';

/** A datetime-local value for a UTC time (the test browser runs in UTC). */
const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/**
 * What sticks out in the panel: elements whose box reaches past the panel's frame, and boxes
 * whose content is wider than they are (clipped, or scrolled sideways).
 */
function overflowing(page: Page): Promise<string[]> {
  return panel(page).evaluate((root) => {
    const width = document.documentElement.clientWidth;
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const found: string[] = [];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const box = el.getBoundingClientRect();
      if (!box.width || !box.height) continue;
      if (box.right > width + 0.5) found.push(`past the edge by ${Math.round(box.right - width)}px: ${name(el)}`);
      // A text box scrolls what is typed in it; everything else should fit.
      if (el.matches('input, textarea, select')) continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') found.push(`wider than its box by ${el.scrollWidth - el.clientWidth}px: ${name(el)}`);
    }
    return found;
  });
}

/** The panel stage at 1366×768, for a person to look at (Spanish runs longer than English). */
async function shot(page: Page, name: string) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.waitForTimeout(150);
  await page.screenshot({ path: `${ARTIFACTS}/es-${name}.png` });
  expect(await overflowing(page), name).toEqual([]);
}

/** A day as Spanish prose writes it ("25 de noviembre de 2026"), with the browser's own month names. */
function spanishDay(page: Page, ms: number) {
  return page.evaluate((at) => {
    const date = new Date(at);
    const month = new Intl.DateTimeFormat('es', { month: 'long' }).format(date);
    return { month, day: `${date.getDate()} de ${month} de ${date.getFullYear()}`, monthYear: `${month} de ${date.getFullYear()}` };
  }, ms);
}

describe('in a Spanish browser', () => {
  const suite = browserSuite({ lang: 'es' });
  const url = (page: string) => `chrome-extension://${suite.browser.extensionId}/${page}.html`;

  it('the popup, options, reports and team pages speak Spanish', async () => {
    const popup = await suite.browser.open(url('popup'));
    expect(await popup.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^es/);
    await expect.poll(() => popup.getByRole('heading', { name: 'Seguimientos' }).count()).toBe(1);
    await expect.poll(() => popup.getByText('No tienes nada pendiente esta semana. ¡Buen trabajo!').count()).toBe(1);
    expect(await popup.getByLabel('Tipo').inputValue()).toBe('');
    expect(await popup.getByRole('link', { name: 'Informes' }).count()).toBe(1);
    expect(await popup.getByRole('link', { name: 'Opciones' }).count()).toBe(1);
    expect(await popup.title()).toBe('1:1 Companion: seguimientos');
    await popup.close();

    const options = await suite.browser.open(url('options'));
    await expect.poll(() => options.getByRole('heading', { name: 'Opciones de 1:1 Companion' }).count()).toBe(1);
    expect(await options.title()).toBe('Opciones de 1:1 Companion');
    for (const heading of ['Tú', 'Cuándo dar seguimiento', 'Horas de silencio', 'Modelos de agenda', 'Tus datos']) {
      expect(await options.getByRole('heading', { name: heading, exact: true }).count(), heading).toBe(1);
    }
    await options.getByLabel('Tu nombre').fill('Alex Rivera');
    await options.getByLabel('Posponer por (horas)').fill('');
    await options.getByRole('button', { name: 'Guardar la configuración' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: '“Posponer por (horas)” necesita un número.' }).count()).toBe(1);
    await options.getByLabel('Posponer por (horas)').fill('24');
    await options.getByRole('button', { name: 'Guardar la configuración' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Configuración guardada.' }).count()).toBe(1);
    await options.getByRole('button', { name: 'Copiar Six steps' }).click();
    await expect.poll(() => options.getByRole('form', { name: 'Editar el modelo Six steps (mi copia)' }).count()).toBe(1);
    expect(await options.getByLabel('Título del paso 1').inputValue()).toBe('Introduction');
    await options.getByRole('button', { name: 'Cancelar' }).click();
    expect(await options.getByText('6 pasos').count()).toBeGreaterThan(0);
    await options.close();

    const reports = await suite.browser.open(url('reports'));
    await expect.poll(() => reports.getByRole('heading', { name: 'Informes', exact: true }).count()).toBe(1);
    expect(await reports.title()).toBe('Informes de 1:1 Companion');
    await expect.poll(() => reports.getByRole('columnheader', { name: '1:1 realizados' }).count()).toBe(1);
    // This month's row is named the Spanish way ("noviembre de 2026"), not "Nov 2026".
    const { monthYear } = await spanishDay(reports, Date.now());
    await expect.poll(() => reports.getByRole('rowheader', { name: monthYear, exact: true }).count()).toBe(1);
    await reports.close();

    const team = await suite.browser.open(url('team'));
    await expect.poll(() => team.getByRole('heading', { name: 'Equipo', exact: true }).count()).toBe(1);
    expect(await team.title()).toBe('Equipo de 1:1 Companion');
    expect(await team.getByLabel('Archivos del equipo', { exact: true }).count()).toBe(1);
    await team.close();
    expect(suite.browser.pageErrors).toEqual([]);
  });

  it('runs a whole 1:1 on a Spanish agenda model, from plan to finish, with dates in Spanish', async () => {
    const page = await suite.browser.open(PERSON);
    await page.setViewportSize({ width: 1366, height: 768 });
    const side = panel(page);
    await expect.poll(() => side.getByRole('heading', { name: 'Seguimientos' }).count()).toBe(1);
    await expect.poll(() => side.getByRole('heading', { name: '1:1 anteriores' }).count()).toBe(1);
    await shot(page, '0-person');

    // Prepare and schedule, in Spanish, on the Spanish six-step model.
    await side.getByRole('button', { name: 'Planear un 1:1 nuevo' }).click();
    await side.getByLabel('Cómo la conoces, o quién te la presentó').fill('Nos conocimos en la asamblea de inquilinos; Dev me la presentó');
    await side.getByLabel('Propuesta 1').fill('Organizar una reunión en su casa');
    await side.getByLabel('Propuesta 2').fill('Venir a la reunión del jueves');
    await side.getByLabel('Preguntas que quieres hacer').fill('¿Cuánto tiempo llevan esperando las reparaciones?');
    const start = Math.floor((Date.now() + 5 * DAY) / DAY) * DAY + 14 * HOUR;
    await side.getByLabel('Fecha y hora').fill(local(start));
    await side.getByLabel('Lugar').fill('El café de la calle Main');
    await side.getByLabel('Modelo de agenda').selectOption({ label: 'Seis pasos' });
    await expect.poll(() => side.getByText('Confirma el 1:1, 2 días antes').count()).toBe(1);
    await expect.poll(() => side.getByText('1:1 planeado · Seis pasos').count()).toBe(1);
    await shot(page, '1-prepare');

    // Hold: the steps of the Spanish model, and the panel's own words in Spanish.
    await side.getByRole('button', { name: 'Empezar el 1:1' }).click();
    await expect.poll(() => side.getByRole('heading', { name: /^Paso 1 de 6: / }).count()).toBe(1);
    const first = (await side.getByRole('heading', { name: /^Paso 1 de 6: / }).textContent())!.replace(/^Paso 1 de 6: /, '');
    expect(first).toBe('Presentación');
    await side.getByRole('button', { name: 'La otra persona' }).click();
    await side.getByLabel(`Notas: ${first}`).fill('Tranquila; preguntó por la campaña.');
    await side.getByText('Tu preparación').click();
    await expect.poll(() => side.getByText('¿Cuánto tiempo llevan esperando las reparaciones?').count()).toBe(1);
    await shot(page, '2-hold-step');
    await side.getByRole('button', { name: 'Yo', exact: true }).click();
    for (let step = 2; step <= 5; step++) {
      await side.getByRole('button', { name: 'Paso siguiente' }).click();
      await expect.poll(() => side.getByRole('heading', { name: new RegExp(`^Paso ${step} de 6: `) }).count()).toBe(1);
    }

    // The ask: the best prepared one is there; a clear yes becomes their commitment.
    await expect.poll(() => side.getByLabel('La propuesta', { exact: true }).inputValue()).toBe('Organizar una reunión en su casa');
    await side.getByLabel('Para cuándo').fill(local(start + 9 * DAY));
    await side.getByLabel('Para qué es (la meta)').fill('8 vecinos del edificio');
    await side.getByRole('radio', { name: 'Un sí claro' }).click();
    await side.getByRole('button', { name: 'Agregar como su compromiso' }).click();
    await expect.poll(() => side.getByText(/^Registrada como su compromiso, para el /).count()).toBe(1);
    const due = await spanishDay(page, start + 9 * DAY);
    const recorded = (await side.getByText(/^Registrada como su compromiso, para el /).textContent())!;
    expect(recorded).toMatch(new RegExp(`para el (lun|mar|mié|jue|vie|sáb|dom) ${new Date(start + 9 * DAY).getUTCDate()} de ${due.month}, 14:00`));
    await shot(page, '3-ask');

    // Next steps: my own promise.
    await side.getByRole('button', { name: 'Paso siguiente' }).click();
    await expect.poll(() => side.getByRole('heading', { name: /^Paso 6 de 6: / }).count()).toBe(1);
    await side.getByLabel('Qué se va a hacer').fill('Mandar la encuesta de reparaciones');
    await side.getByLabel('Para cuándo', { exact: true }).fill(local(start + 2 * DAY));
    await side.getByRole('button', { name: 'Agregar mi promesa' }).click();
    await expect.poll(() => side.getByRole('status').filter({ hasText: 'Guardado: Mandar la encuesta de reparaciones' }).count()).toBe(1);
    await shot(page, '4-commitments');

    // Report back, then finish.
    await side.getByRole('button', { name: 'Ir al informe' }).click();
    await expect.poll(() => side.getByLabel('Notas', { exact: true }).inputValue()).toContain('Tranquila; preguntó por la campaña.');
    await side.getByLabel('El tema que más le importa').fill('Reparaciones y humedad');
    await side.getByLabel('Personas con quienes hablar después (una por línea: nombre, contacto)').fill('Luis Ortega, 555-0199');
    await side.getByLabel('Escalera de participación').selectOption('hosts');
    await shot(page, '5-report');
    await side.getByRole('button', { name: 'Terminar el 1:1' }).click();

    // Held today, said in Spanish ("el 25 de noviembre de 2026", not "on Nov 25, 2026"); the follow-ups are set.
    const today = await spanishDay(page, Date.now());
    await expect.poll(() => side.getByText(`1:1 registrado como realizado el ${today.day}.`, { exact: false }).count()).toBe(1);
    await expect.poll(() => side.getByText(/Agradécele el 1:1/).count()).toBeGreaterThan(0);
    await expect.poll(() => side.getByText('Un sí claro a “Organizar una reunión en su casa”').count()).toBe(1);
    await shot(page, '6-finished');

    // The finished 1:1 reads back in full, under its Spanish model.
    await side.getByRole('button', { name: 'Leerlo' }).click();
    await expect.poll(() => side.getByRole('heading', { name: /^1:1 del / }).count()).toBe(1);
    await expect.poll(() => side.getByText('Tranquila; preguntó por la campaña.').count()).toBeGreaterThan(0);
    await shot(page, '7-read');

    // The popup lists the follow-ups with their due dates in Spanish, and fits its narrowest width.
    const popup = await suite.browser.open(url('popup'));
    await popup.setViewportSize({ width: 380, height: 600 });
    await expect.poll(() => popup.getByRole('heading', { name: /^(Hoy|Próximos)/ }).count()).toBeGreaterThan(0);
    const when = await popup.getByText(/^Vence /).allTextContents();
    expect(when.length).toBeGreaterThan(0);
    for (const text of when) expect(text).toMatch(/^Vence (lun|mar|mié|jue|vie|sáb|dom) \d{1,2} de [a-z]+, \d{1,2}:\d{2}$/);
    await popup.screenshot({ path: `${ARTIFACTS}/es-popup.png` });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await popup.close();
    expect(suite.browser.pageErrors).toEqual([]);
  });
});
