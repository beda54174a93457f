import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import { getMessageFor } from '../i18n-messages';
import { formatCalendarDay, formatDay, formatMonth, formatWhen, formatWhenNear } from '../../../lib/dates';
import { formatNumber } from '../../../lib/i18n';
import { setZodLanguage } from '../../../lib/zod-language';

/** The browser as a Spanish-speaking organizer's: Spanish UI, messages from es.yml. */
function inSpanish() {
  fakeBrowser.i18n.getUILanguage = () => 'es-419';
  fakeBrowser.i18n.getMessage = getMessageFor('es') as typeof fakeBrowser.i18n.getMessage;
}

// Sat Nov 7 2026, 15:00 in Mexico City.
const AT = Date.UTC(2026, 10, 7, 21, 0);
const ZONE = 'America/Mexico_City';

describe('dates in the interface language', () => {
  it('read in English with an English browser', () => {
    expect(formatWhen(AT, ZONE)).toBe('Sat, Nov 7, 3:00 PM');
    expect(formatDay(AT, ZONE)).toBe('Nov 7, 2026');
    expect(formatWhenNear(AT, Date.UTC(2025, 0, 1), ZONE)).toBe('Sat, Nov 7, 2026, 3:00 PM');
    expect(formatCalendarDay('2026-11-30')).toBe('Nov 30, 2026');
    expect(formatMonth('2026-11')).toBe('Nov 2026');
  });

  it('read in Spanish with a Spanish browser, in the organizer’s time zone', () => {
    inSpanish();
    expect(formatWhen(AT, ZONE)).toBe('sáb 7 de noviembre, 15:00');
    expect(formatWhen(AT, 'Europe/Madrid')).toBe('sáb 7 de noviembre, 22:00');
    expect(formatDay(AT, ZONE)).toBe('7 de noviembre de 2026');
    expect(formatWhenNear(AT, Date.UTC(2025, 0, 1), ZONE)).toBe('sáb 7 de noviembre de 2026, 15:00');
    expect(formatCalendarDay('2026-11-30')).toBe('30 de noviembre de 2026');
    expect(formatMonth('2026-11')).toBe('noviembre de 2026');
  });

  it('write counts as the language does', () => {
    expect(formatNumber(5000)).toBe('5,000');
    inSpanish();
    expect(formatNumber(5000)).toBe('5,000');
    expect(formatNumber(1234.5)).toBe('1,234.5');
  });
});

describe('zod’s own messages', () => {
  it('are in Spanish when the interface is', () => {
    inSpanish();
    setZodLanguage();
    try {
      const result = z.object({ n: z.number() }).safeParse({ n: 'x' });
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.message).toMatch(/^Entrada inválida/);
    } finally {
      z.config(en());
    }
  });
});

describe('messages worded when they are needed', () => {
  it('a schema loaded in one language refuses in the language of the moment', async () => {
    const { CommitmentInput, fieldErrors } = await import('../../../lib/rules/commitments');
    const bad = { personKey: 'p', direction: 'theirs', what: 'x'.repeat(600) };
    expect(fieldErrors(CommitmentInput.safeParse(bad).error!)).toEqual({
      what: 'Keep this under 500 characters',
      dueAt: 'Pick a due date and time',
      goal: 'Their commitment needs a goal (what it is for, or how many)',
    });
    inSpanish();
    expect(fieldErrors(CommitmentInput.safeParse(bad).error!)).toEqual({
      what: 'Usa menos de 500 caracteres',
      dueAt: 'Elige para qué fecha y hora',
      goal: 'Su compromiso necesita una meta (para qué es, o la cantidad)',
    });
  });

  it('the toolbar button’s title counts overdue follow-ups in Spanish', async () => {
    const { showOverdueCount } = await import('../../../lib/badge');
    inSpanish();
    const titles: string[] = [];
    fakeBrowser.action.setTitle = async ({ title }) => void titles.push(title ?? '');
    for (const n of [0, 1, 1200]) await showOverdueCount(n);
    expect(titles).toEqual([
      '1:1 Companion: ningún seguimiento atrasado',
      '1:1 Companion: 1 seguimiento atrasado',
      '1:1 Companion: 1,200 seguimientos atrasados',
    ]);
  });
});

describe('the panel in Spanish', () => {
  it('asks who it is when the page cannot be read, and shows a refusal without the request’s name', async () => {
    const { render, screen, fireEvent, waitFor } = await import('@testing-library/preact');
    const { h } = await import('preact');
    const { ManualPerson } = await import('../../../components/panel/ManualPerson');
    inSpanish();
    const onConfirm = async () => {
      throw new Error('La solicitud "confirmManualPerson" no es válida: "email": Esa dirección de correo no parece correcta');
    };
    const read = { ok: false as const, partial: { crm: 'actionnetwork' as const, url: 'https://actionnetwork.org/x' }, problem: 'x', problemCode: 'no-id-no-email' as const };
    render(h(ManualPerson, { found: read.partial, problem: 'x', read, crmLabel: 'Action Network', onConfirm }));
    expect(screen.getByRole('heading').textContent).toBe('¿Quién es?');
    expect(screen.getByRole('alert').textContent).toBe(
      'El panel no pudo identificar a la persona en esta página de Action Network. La dirección no lleva ningún id y la página no muestra ninguna dirección de correo.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Abrir el panel para esta persona' }));
    await waitFor(() => expect(screen.getByText('Escribe su nombre.')).toBeTruthy());
    fireEvent.input(screen.getByLabelText('Su nombre'), { target: { value: 'Rosa Díaz' } });
    fireEvent.input(screen.getByLabelText('Su dirección de correo'), { target: { value: 'rosa@' } });
    fireEvent.click(screen.getByRole('button', { name: 'Abrir el panel para esta persona' }));
    await waitFor(() => expect(screen.getByText('"email": Esa dirección de correo no parece correcta')).toBeTruthy());
  });
});
