import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { formatWhen } from '../../lib/dates';
import type { Meeting } from '../../lib/model';
import type { CrmPanelStatus, CrmSendView } from '../../lib/outbox/status';
import type { CrmPreview } from '../../lib/protocol/crm';
import { connectionName } from '../../lib/crm/names';

/** What the component can ask for; the panel wires it to messages (PanelApi), tests to functions. */
export interface CrmSendApi {
  /** The plain-text note for a CRM note box. */
  note(meetingId: string, includeNotes: boolean): Promise<string>;
  preview(meetingId: string): Promise<CrmPreview>;
  send(meetingId: string, confirm: boolean): Promise<void>;
  retry(meetingId: string): Promise<void>;
  discard(meetingId: string): Promise<void>;
  openForm(meetingId: string): Promise<void>;
  /** Fetch the status again (while a send is under way). */
  refresh(): Promise<void>;
}

interface Props {
  /** A finished 1:1. */
  meeting: Meeting;
  /** The person's page in the CRM (where a sent report can be seen). */
  personUrl: string;
  status: CrmPanelStatus | undefined;
  timeZone: string;
  api: CrmSendApi;
  /** Copies text; the default uses the clipboard API with a fallback (see copyText). */
  copy?: (text: string, host: HTMLElement) => Promise<boolean>;
}

/** How often the panel looks again while a send is waiting or under way. */
const POLL_MS = 2_000;

/**
 * Puts text on the clipboard: the async clipboard API where the page allows it (extension
 * pages), else a hidden text box and the copy command (a frame without clipboard access, an
 * http page). Both need the click that asked for it, which is where this runs.
 */
export async function copyText(text: string, host: HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Not allowed here: fall back.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0';
  host.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } finally {
    area.remove();
  }
  return ok;
}

/**
 * A finished 1:1 on its way to the CRM: copy the note, open the team's form filled in, and, on a
 * connected account, the send's status (sent, waiting, needs reconnecting, failed) with what
 * can be done about it. Before the first send on a connection it shows exactly what will go.
 */
export function CrmSend({ meeting, personUrl, status, timeZone, api, copy = copyText }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const notesId = useId();
  const [includeNotes, setIncludeNotes] = useState(!meeting.private);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [preview, setPreview] = useState<CrmPreview>();
  const [busy, setBusy] = useState(false);
  const connection = status?.connection;
  const send = status?.sends[meeting.id];
  const crmName = connection ? connectionName(connection.crm, connection.account) : '';

  // While a send waits or is under way, look again every few seconds.
  const pending = send?.state === 'waiting' || send?.state === 'sending';
  useEffect(() => {
    if (!pending || connection?.state !== 'connected') return;
    const timer = setInterval(() => void api.refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [pending, connection?.state]);

  // A preview held for the first send shows by itself.
  useEffect(() => {
    if (send?.state === 'preview' && !preview) void api.preview(meeting.id).then(setPreview);
  }, [send?.state]);

  const act = async (work: () => Promise<string | void>) => {
    setBusy(true);
    try {
      const text = await work();
      setMessage(text ? { ok: true, text } : undefined);
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const sendNow = (confirm: boolean) =>
    act(async () => {
      // The first send on a connection shows what it holds before anything goes.
      if (!confirm && connection && !connection.confirmed) {
        setPreview(await api.preview(meeting.id));
        return;
      }
      await api.send(meeting.id, confirm);
      setPreview(undefined);
      await api.refresh();
    });

  return (
    <div class="occ-crm" ref={host}>
      <div class="occ-actions">
        <button
          type="button"
          class="occ-icon-button"
          disabled={busy}
          onClick={() =>
            act(async () => {
              const text = await api.note(meeting.id, includeNotes);
              const copied = await copy(text, host.current!);
              if (!copied) throw new Error(t('writeback.panel.copyFailed'));
              return t('writeback.panel.copied');
            })
          }
        >
          {t('writeback.panel.copy')}
        </button>
        <label class="occ-check" for={notesId}>
          <input id={notesId} type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.currentTarget.checked)} />
          {meeting.private ? t('writeback.panel.includePrivateNotes') : t('writeback.panel.includeNotes')}
        </label>
        {status?.teamForm ? (
          <button type="button" class="occ-icon-button" disabled={busy} onClick={() => act(async () => void (await api.openForm(meeting.id)))}>
            {t('writeback.panel.openForm')}
          </button>
        ) : null}
      </div>
      {connection ? (
        <SendStatus
          send={send}
          crmName={crmName}
          needsReconnect={connection.state === 'needs-reconnect'}
          problem={connection.problem}
          personUrl={personUrl}
          timeZone={timeZone}
          busy={busy}
          onSend={() => sendNow(false)}
          onRetry={() => act(async () => { await api.retry(meeting.id); await api.refresh(); })}
          onDiscard={() => act(async () => { await api.discard(meeting.id); setPreview(undefined); await api.refresh(); })}
          onShow={() => act(async () => void setPreview(preview ? undefined : await api.preview(meeting.id)))}
          showing={Boolean(preview)}
        />
      ) : null}
      {preview ? (
        <PreviewBox
          preview={preview}
          first={Boolean(connection && !connection.confirmed)}
          crmName={crmName}
          busy={busy}
          onConfirm={() => sendNow(true)}
          onCancel={() => setPreview(undefined)}
          canSend={send?.state !== 'sent' || send.edited}
        />
      ) : null}
      <p class={message?.ok === false ? 'occ-error' : 'occ-status'} role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>
    </div>
  );
}

function SendStatus(props: {
  send: CrmSendView | undefined;
  crmName: string;
  needsReconnect: boolean;
  problem?: string;
  personUrl: string;
  timeZone: string;
  busy: boolean;
  showing: boolean;
  onSend(): void;
  onRetry(): void;
  onDiscard(): void;
  onShow(): void;
}) {
  const { send, crmName, timeZone, busy } = props;
  const when = (ms: number) => formatWhen(ms, timeZone);
  const show = (
    <button type="button" class="occ-link" aria-expanded={props.showing} disabled={busy} onClick={props.onShow}>
      {t('writeback.panel.showWhat')}
    </button>
  );
  const discard = (
    <button type="button" class="occ-icon-button" disabled={busy} onClick={props.onDiscard}>
      {t('writeback.panel.discard')}
    </button>
  );
  if (!send) {
    return (
      <p class="occ-crm__status">
        <button type="button" class="occ-icon-button" disabled={busy} onClick={props.onSend}>
          {t('writeback.panel.sendTo', [crmName])}
        </button>{' '}
        {show}
      </p>
    );
  }
  if (send.state === 'sent') {
    return (
      <div class="occ-crm__status">
        <p>
          {t(send.kind === 'update' ? 'writeback.panel.sentUpdate' : 'writeback.panel.sent', [crmName, when(send.sentAt ?? 0)])}{' '}
          <a href={props.personUrl} target="_top">
            {t('writeback.panel.seeInCrm')}
          </a>
        </p>
        {send.edited ? (
          <p>
            {t('writeback.panel.editedSince')}{' '}
            <button type="button" class="occ-icon-button" disabled={busy} onClick={props.onSend}>
              {t('writeback.panel.sendUpdate')}
            </button>
          </p>
        ) : null}
        {show}
      </div>
    );
  }
  if (send.state === 'preview') {
    return (
      <div class="occ-crm__status">
        <p>{t('writeback.panel.heldForPreview', [crmName])}</p>
        <p class="occ-actions">
          {props.showing ? null : show}
          {discard}
        </p>
      </div>
    );
  }
  if (send.state === 'failed') {
    return (
      <div class="occ-crm__status" role="alert">
        <p>{t('writeback.panel.failed', [crmName, send.error ?? ''])}</p>
        <p class="occ-actions">
          <button type="button" class="occ-icon-button" disabled={busy} onClick={props.onRetry}>
            {t('writeback.panel.retry')}
          </button>
          {discard}
          {show}
        </p>
      </div>
    );
  }
  // Waiting or sending.
  if (props.needsReconnect) {
    return (
      <div class="occ-crm__status" role="alert">
        <p>{t('writeback.panel.needsReconnect', [crmName])}</p>
        {props.problem ? <p class="occ-hint">{props.problem}</p> : null}
        <p class="occ-actions">{discard}</p>
      </div>
    );
  }
  return (
    <div class="occ-crm__status">
      <p>
        {send.state === 'sending'
          ? t('writeback.panel.sending', [crmName])
          : send.nextAt !== undefined && send.tries > 0
            ? t('writeback.panel.waitingRetry', [crmName, String(send.tries), when(send.nextAt)])
            : t('writeback.panel.waiting', [crmName])}
      </p>
      {send.error && send.state === 'waiting' ? <p class="occ-hint">{send.error}</p> : null}
      <p class="occ-actions">
        {send.tries > 0 && send.state === 'waiting' ? (
          <button type="button" class="occ-icon-button" disabled={busy} onClick={props.onRetry}>
            {t('writeback.panel.retryNow')}
          </button>
        ) : null}
        {send.state === 'waiting' ? discard : null}
      </p>
    </div>
  );
}

function PreviewBox({ preview, first, crmName, busy, canSend, onConfirm, onCancel }: { preview: CrmPreview; first: boolean; crmName: string; busy: boolean; canSend: boolean; onConfirm(): void; onCancel(): void }) {
  const headingId = useId();
  if (!preview.ok) {
    return (
      <p class="occ-error" role="alert">
        {preview.problem}
      </p>
    );
  }
  return (
    <section class="occ-crm__preview" aria-labelledby={headingId}>
      <h4 id={headingId} class="occ-subhead">
        {first ? t('writeback.panel.firstSend', [crmName]) : t('writeback.panel.whatIsSent', [crmName])}
      </h4>
      {preview.requests.length === 0 ? <p class="occ-muted">{t('writeback.panel.nothingToSend')}</p> : null}
      <ol class="occ-list">
        {preview.requests.map((r, i) => (
          <li key={i}>
            <code>
              {r.method} {r.url}
            </code>
            {r.condition ? <span class="occ-hint"> {r.condition}</span> : null}
            {r.body !== undefined ? <pre class="occ-crm__body">{JSON.stringify(r.body, null, 2)}</pre> : null}
          </li>
        ))}
      </ol>
      {canSend ? (
        <p class="occ-actions">
          <button type="button" class="occ-button occ-button--primary" disabled={busy || preview.requests.length === 0} onClick={onConfirm}>
            {t('writeback.panel.sendIt')}
          </button>
          <button type="button" class="occ-button" disabled={busy} onClick={onCancel}>
            {first ? t('writeback.panel.notNow') : t('writeback.panel.close')}
          </button>
        </p>
      ) : (
        <button type="button" class="occ-button" onClick={onCancel}>
          {t('writeback.panel.close')}
        </button>
      )}
    </section>
  );
}
