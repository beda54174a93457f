import { useEffect, useRef, useState } from 'preact/hooks';
import type { Commitment, Meeting, Template } from '../../lib/model';
import { formatDay, formatWhenNear } from '../../lib/dates';
import { t } from '../../lib/i18n';
import { answerLabel, ladderLabel } from '../../lib/rules/labels';
import type { PanelApi } from './api';
import { pastDay } from './AtAGlance';
import { normalizeMeeting } from './meeting-draft';
import { referralText } from './ReportStage';
import { messageOf } from '../../lib/error-message';

interface Props {
  meeting: Meeting;
  templates: Template[];
  timeZone: string;
  now: number;
  api: PanelApi;
  onBack(): void;
  /** Offered when no other 1:1 is planned. */
  onPrepareNext?(): void;
  onRestore?(): void;
}

/** A past 1:1 in full, to read before the next one: the ask, the notes, what was learned, the report. */
export function PastMeeting({ meeting: stored, templates, timeZone, now, api, onBack, onPrepareNext, onRestore }: Props) {
  const m = normalizeMeeting(stored);
  const heading = useRef<HTMLHeadingElement>(null);
  const [commitments, setCommitments] = useState<Commitment[]>();
  const [problem, setProblem] = useState('');
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    api.getMeeting(m.id).then(
      (found) => setCommitments(found.commitments),
      (cause: unknown) => setProblem(messageOf(cause)),
    );
  }, [m.id]);

  const template = templates.find((x) => x.id === m.templateId);
  const day = formatDay(pastDay(m), timeZone);
  const r = m.report;
  const reportRows: [string, string][] = [
    [t('panel.report.issue'), r.issue],
    [t('panel.report.story'), r.story],
    [t('panel.report.skills'), r.skills],
    [t('panel.report.enjoys'), r.enjoys],
    [t('panel.report.bestWay'), r.bestWay],
    [t('panel.report.accessNeeds'), r.accessNeeds],
    [t('panel.report.referrals'), referralText(r.referrals)],
    [t('panel.report.ladder'), r.ladder !== 'unknown' ? ladderLabel(r.ladder) : ''],
    [t('panel.report.staffName'), r.staffName],
    [t('panel.report.staffDate'), r.staffDate !== undefined ? formatWhenNear(r.staffDate, now, timeZone) : ''],
    [t('panel.report.notes'), r.notes],
  ];
  const steps = (template?.steps ?? Object.keys(m.steps).map((id) => ({ id, title: id })))
    .map((s) => ({ title: s.title, record: m.steps[s.id] }))
    .filter((s) => s.record?.notes.trim() || s.record?.signal);

  return (
    <section class="occ-section occ-past" aria-labelledby="occ-past-title">
      <h3 id="occ-past-title" ref={heading} tabIndex={-1}>
        {m.status === 'cancelled' ? t('panel.past.titleCancelled', [day]) : t('panel.past.title', [day])}
      </h3>
      <p class="occ-muted">
        {[template?.name, m.place, m.startedAt !== undefined && m.endedAt !== undefined && m.endedAt - m.startedAt >= 60_000 ? t('panel.past.minutes', [String(Math.round((m.endedAt - m.startedAt) / 60_000))]) : '']
          .filter(Boolean)
          .join(' · ')}
      </p>
      <dl class="occ-facts occ-facts--stacked">
        <Fact label={t('panel.ask.label')} value={m.ask} />
        <Fact label={t('panel.ask.answer')} value={answerLabel(m.answer)} />
        <Fact label={t('panel.ask.when')} value={m.askDueAt !== undefined ? formatWhenNear(m.askDueAt, now, timeZone) : ''} />
        <Fact label={t('panel.ask.goal')} value={m.askGoal} />
        <Fact label={t('panel.report.learned')} value={m.learned} />
      </dl>
      {steps.length ? (
        <>
          <h4 class="occ-subhead">{t('panel.past.steps')}</h4>
          <dl class="occ-facts occ-facts--stacked">
            {steps.map((s) => (
              <Fact
                key={s.title}
                label={s.title}
                value={[s.record?.signal === 'green' ? t('panel.past.green') : s.record?.signal === 'yellow' ? t('panel.past.yellow') : '', s.record?.notes ?? ''].filter(Boolean).join(' · ')}
              />
            ))}
          </dl>
        </>
      ) : null}
      <h4 class="occ-subhead">{t('panel.past.report')}</h4>
      {m.private ? <p class="occ-hint">{t('panel.past.private')}</p> : null}
      <dl class="occ-facts occ-facts--stacked">
        {reportRows.map(([label, value]) => (
          <Fact key={label} label={label} value={value} />
        ))}
      </dl>
      <h4 class="occ-subhead">{t('panel.commitments.fromThis')}</h4>
      {problem ? <p class="occ-error">{t('panel.past.failed', [problem])}</p> : null}
      {commitments === undefined && !problem ? <p class="occ-muted">{t('panel.loading')}</p> : null}
      {commitments?.length === 0 ? <p class="occ-muted">{t('panel.commitments.noneMade')}</p> : null}
      {commitments?.length ? (
        <ul class="occ-list">
          {commitments.map((c) => (
            <li key={c.id} class="occ-item">
              <span class="occ-item__text">
                <strong>{c.direction === 'theirs' ? t('panel.commitments.they') : t('panel.commitments.you')}</strong> {c.what}
                {c.goal ? ` (${c.goal})` : ''} · {t('panel.commitments.due', [formatWhenNear(c.dueAt, now, timeZone)])} ·{' '}
                {c.status === 'open' ? t('panel.commitments.statusOpen') : c.status === 'kept' ? t('panel.commitments.statusKept') : c.status === 'missed' ? t('panel.commitments.statusMissed') : t('panel.commitments.statusDropped')}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="occ-row">
        <button type="button" class="occ-button" onClick={onBack}>
          {t('panel.past.back')}
        </button>
        {onPrepareNext ? (
          <button type="button" class="occ-button occ-button--primary" onClick={onPrepareNext}>
            {t('panel.plan.next')}
          </button>
        ) : null}
        {onRestore ? (
          <button type="button" class="occ-button" onClick={onRestore}>
            {t('panel.history.restore')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  if (!value.trim()) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
