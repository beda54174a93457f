import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { PanelShell } from '../../../components/panel/PanelShell';

const shell = (props: Partial<Parameters<typeof PanelShell>[0]> = {}) => {
  const onToggle = vi.fn();
  const onResize = vi.fn();
  render(
    <PanelShell collapsed={false} width={400} overlays={false} overdue={0} onToggle={onToggle} onResize={onResize} {...props}>
      <p>Body</p>
    </PanelShell>,
  );
  return { onToggle, onResize };
};

describe('the panel shell', () => {
  it('folded, is a rail that names the overdue count and opens again', () => {
    const { onToggle } = shell({ collapsed: true, overdue: 3 });
    expect(screen.queryByText('Body')).toBeNull();
    expect(screen.getByLabelText('3 overdue follow-ups').textContent).toBe('3');
    fireEvent.click(screen.getByRole('button', { name: /Open 1:1 panel/ }));
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('folded with nothing overdue shows no count', () => {
    shell({ collapsed: true, overdue: 0 });
    expect(screen.queryByLabelText(/overdue/)).toBeNull();
  });

  it('open, its width is set by keyboard within its limits', () => {
    const { onResize } = shell({ width: 704 });
    const handle = screen.getByRole('separator', { name: /Panel width/ });
    expect(handle.getAttribute('aria-valuenow')).toBe('704');
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(onResize).toHaveBeenLastCalledWith(720);
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(onResize).toHaveBeenLastCalledWith(720);
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(onResize).toHaveBeenLastCalledWith(688);
    fireEvent.keyDown(handle, { key: 'End' });
    expect(onResize).toHaveBeenLastCalledWith(320);
  });

  it('says how to fold it where the page does not make room', () => {
    shell({ overlays: true });
    expect(screen.getByText(/does not make room/)).toBeTruthy();
  });
});
