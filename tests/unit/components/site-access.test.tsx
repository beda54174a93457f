import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { SiteAccessNotice } from '../../../components/common/SiteAccessNotice';
import type { SiteAccess } from '../../../lib/site-access';

/** Site access as a browser would give it; `answer` is what the (Firefox) prompt returns. */
function fakeAccess(initially: boolean, answer: boolean) {
  let granted = initially;
  let notify = () => {};
  let handlingClick = false;
  const calledDuringClick: boolean[] = [];
  const access: SiteAccess = {
    granted: async () => granted,
    request: vi.fn(async () => {
      calledDuringClick.push(handlingClick);
      granted = answer;
      return answer;
    }),
    watch: (onChange) => {
      notify = onChange;
      return () => {};
    },
    crmNames: ['NationBuilder', 'Action Network', 'Action Builder'],
  };
  const click = (button: HTMLElement) => {
    handlingClick = true;
    fireEvent.click(button);
    handlingClick = false;
  };
  const withdraw = () => {
    granted = false;
    notify();
  };
  return { access, click, withdraw, calledDuringClick };
}

describe('the site-access notice', () => {
  it('says nothing when the CRM sites are allowed, and speaks up when they are withdrawn', async () => {
    const fake = fakeAccess(true, true);
    render(<SiteAccessNotice access={fake.access} />);
    await new Promise((done) => setTimeout(done, 10));
    expect(screen.queryByRole('region')).toBeNull();
    fake.withdraw();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Allow 1:1 Companion on your CRM sites' })).toBeTruthy());
  });

  it('names the CRMs, asks during the click itself, and goes away once allowed', async () => {
    const fake = fakeAccess(false, true);
    render(<SiteAccessNotice access={fake.access} />);
    const notice = await screen.findByRole('region', { name: 'Allow 1:1 Companion on your CRM sites' });
    expect(notice.textContent).toContain('has not allowed the extension on NationBuilder, Action Network, and Action Builder');
    fake.click(screen.getByRole('button', { name: 'Allow on CRM sites' }));
    expect(fake.calledDuringClick).toEqual([true]);
    await waitFor(() => expect(screen.queryByRole('region')).toBeNull());
  });

  it('says how else to allow it when the browser was not given access', async () => {
    const fake = fakeAccess(false, false);
    render(<SiteAccessNotice access={fake.access} />);
    fake.click(await screen.findByRole('button', { name: 'Allow on CRM sites' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Not allowed yet. You can also allow it from the extensions button in the toolbar.'));
    expect(screen.getByRole('button', { name: 'Allow on CRM sites' })).toBeTruthy();
  });
});
