import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFor } from '../i18n-messages';
import { ANA, call, openPanel, viewOf } from './panel-harness';

describe('agenda models in both languages', () => {
  it('the picker offers every model in English and in Spanish, grouped', async () => {
    await openPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Plan a new 1:1' }));
    const picker = await screen.findByLabelText('Agenda model');
    const groups = [...picker.querySelectorAll('optgroup')].map((g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.textContent)]);
    expect(groups).toEqual([
      ['In English', ['Purpose, Connection, Story, Strategy, Ask', 'Story, Learn, Explain, Explore, Ask', 'Three parts', 'Six steps', 'Relationship first']],
      ['In Spanish', ['Propósito, conexión, historia, estrategia, propuesta', 'Historia, conocer, explicar, explorar, proponer', 'Tres partes', 'Seis pasos', 'Primero la relación']],
    ]);
  });

  it('a 1:1 on a Spanish model keeps its steps in Spanish in an English panel', async () => {
    const { person } = await viewOf(ANA);
    await call('createMeeting', { personKey: person.key, templateId: 'six-steps-es' });
    await openPanel();
    expect(screen.getByRole('heading', { name: 'Planned 1:1 · Seis pasos' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start the 1:1' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Step 1 of 6: Presentación' })).toBeTruthy());
    expect(screen.getByText('Di quién eres y por qué pediste este rato.')).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'What are you seeing?' })).getByText('Green light: se relaja y pregunta por ti o por el grupo')).toBeTruthy();
  });

  it('in a Spanish browser the whole panel is Spanish, and a new 1:1 starts on the Spanish model', async () => {
    fakeBrowser.i18n.getUILanguage = () => 'es-MX';
    fakeBrowser.i18n.getMessage = getMessageFor('es') as typeof fakeBrowser.i18n.getMessage;
    await openPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Planear un 1:1 nuevo' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: '1:1 planeado · Seis pasos' })).toBeTruthy());
    const picker = screen.getByLabelText('Modelo de agenda');
    expect([...picker.querySelectorAll('optgroup')].map((g) => g.label)).toEqual(['En español', 'En inglés']);
    fireEvent.click(screen.getByRole('button', { name: 'Empezar el 1:1' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Paso 1 de 6: Presentación' })).toBeTruthy());
    expect(screen.getByRole('navigation', { name: 'Etapas del 1:1' })).toBeTruthy();
  });
});
