import type { Meeting, Speaker } from '../../lib/model';
import { t } from '../../lib/i18n';
import { talkTotals } from '../../lib/rules/flow';
import { useNow } from './useNow';

export const STAGES = ['prepare', 'hold', 'report'] as const;
export type Stage = (typeof STAGES)[number];

const STAGE_NAMES: Record<Stage, () => string> = {
  prepare: () => t('panel.stages.prepare'),
  hold: () => t('panel.stages.hold'),
  report: () => t('panel.stages.report'),
};

interface Props {
  stage: Stage;
  onStage(stage: Stage): void;
  draft: Meeting;
  onSpeaker(who: Speaker | undefined): void;
}

/**
 * Sticky at the top of the 1:1: the stages, and while it is held, the clock and the talk
 * tally, so both stay in reach on every stage and step.
 */
export function StageBar({ stage, onStage, draft, onSpeaker }: Props) {
  const live = draft.status === 'in-progress';
  return (
    <div class="occ-stagebar">
      <nav class="occ-stages" aria-label={t('panel.stages.label')}>
        {STAGES.map((name) => (
          <button key={name} type="button" class="occ-stage" aria-current={stage === name ? 'step' : undefined} onClick={() => onStage(name)}>
            {STAGE_NAMES[name]()}
          </button>
        ))}
      </nav>
      {live ? <Live draft={draft} onSpeaker={onSpeaker} /> : null}
    </div>
  );
}

/**
 * The clock against the planned length, and the talk tally: tap who is talking; the share of
 * listening is shown against the 70% aim and updates every second. The running speaker and
 * since when are in the stored 1:1, not in this component.
 */
function Live({ draft, onSpeaker }: { draft: Meeting; onSpeaker(who: Speaker | undefined): void }) {
  const now = useNow(1000);
  const minutes = draft.startedAt ? Math.max(0, Math.floor((now - draft.startedAt) / 60_000)) : 0;
  const over = minutes >= draft.plannedMinutes;
  const { share } = talkTotals(draft, now);
  const tap = (who: Speaker) => onSpeaker(draft.speaker === who ? undefined : who);
  return (
    <div class="occ-live">
      <p class={over ? 'occ-warning occ-clock' : 'occ-muted occ-clock'}>{t('panel.clock.minutes', [String(minutes), String(draft.plannedMinutes)])}</p>
      <div class="occ-row occ-row--tight occ-tally" role="group" aria-label={t('panel.tally.label')}>
        <span class="occ-label" aria-hidden="true">
          {t('panel.tally.label')}
        </span>
        <button type="button" class="occ-button occ-button--small" aria-pressed={draft.speaker === 'them'} onClick={() => tap('them')}>
          {t('panel.tally.them')}
        </button>
        <button type="button" class="occ-button occ-button--small" aria-pressed={draft.speaker === 'me'} onClick={() => tap('me')}>
          {t('panel.tally.me')}
        </button>
      </div>
      <p class={over || (share !== undefined && share < 70) ? 'occ-warning occ-share' : 'occ-muted occ-share'}>
        {over ? t('panel.clock.over', [String(draft.plannedMinutes)]) : share === undefined ? t('panel.tally.none') : t('panel.tally.share', [String(share)])}
      </p>
    </div>
  );
}
