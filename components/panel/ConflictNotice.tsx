import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { messageOf } from '../../lib/error-message';

interface ConflictChoice {
  /** The field, as its label reads ("Notes: Issues and stake"). */
  label: string;
  mine: string;
  theirs: string;
  /** Offer "Keep both" (notes and other long texts). */
  canKeepBoth: boolean;
}

interface Props extends ConflictChoice {
  onKeepMine(): Promise<void> | void;
  onTakeTheirs(): Promise<void> | void;
  onKeepBoth(): Promise<void> | void;
}

/**
 * Another tab saved newer text where this tab has its own. Both versions are shown and nothing
 * is decided until the organizer picks: this tab's text stays on screen and in the draft, and
 * is not sent again meanwhile.
 */
export function ConflictNotice({ label, mine, theirs, canKeepBoth, onKeepMine, onTakeTheirs, onKeepBoth }: Props) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState('');
  const run = (choice: () => Promise<void> | void) => async () => {
    setBusy(true);
    setFailed('');
    try {
      await choice();
    } catch (cause) {
      setFailed(t('panel.conflict.failed', [messageOf(cause)]));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="occ-notice occ-notice--conflict" role="group" aria-label={t('panel.conflict.group', [label])}>
      <p role="alert">{t('panel.conflict.message', [label])}</p>
      <div class="occ-versions">
        <div class="occ-version">
          <span class="occ-subhead">{t('panel.conflict.mine')}</span>
          <p class="occ-version__text">{mine || t('panel.conflict.empty')}</p>
        </div>
        <div class="occ-version">
          <span class="occ-subhead">{t('panel.conflict.theirs')}</span>
          <p class="occ-version__text">{theirs || t('panel.conflict.empty')}</p>
        </div>
      </div>
      <div class="occ-row">
        <button type="button" class="occ-button" disabled={busy} onClick={run(onKeepMine)}>
          {t('panel.conflict.keepMine')}
        </button>
        <button type="button" class="occ-button" disabled={busy} onClick={run(onTakeTheirs)}>
          {t('panel.conflict.takeTheirs')}
        </button>
        {canKeepBoth ? (
          <button type="button" class="occ-button" disabled={busy} onClick={run(onKeepBoth)}>
            {t('panel.conflict.keepBoth')}
          </button>
        ) : null}
      </div>
      {failed ? (
        <p class="occ-field-error" role="alert">
          {failed}
        </p>
      ) : null}
    </div>
  );
}
