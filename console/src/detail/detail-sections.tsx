import type { ReactNode } from 'react';
import { useId } from 'react';
import type {
  ServiceAttributeDatatype,
  WorkOrderPriority,
  WorkOrderStatus,
} from '../generated/graphql';
import { type Language, type Messages, useI18n } from '../i18n';
import { DateTime } from '../work-orders/date-time';
import { StatusBadge } from '../work-orders/status-badge';
import type { DetailMessages } from './detail-messages';
import type {
  DetailAsset,
  DetailHistoryEntry,
  DetailNote,
  DetailServiceRequest,
  DetailWorkOrder,
} from './detail-panel.graphql';
import { RequestPhotos } from './request-photos';

/** A titled part of the panel: a region of its own for screen-reader navigation. */
export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="detail__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="detail__section-title">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** Label and value pairs, two columns where there is room. */
export function Facts({ rows }: { rows: [label: string, value: ReactNode][] }) {
  return (
    <dl className="detail__facts">
      {rows.map(([label, value]) => (
        <div key={label} className="detail__fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A calendar date (YYYY-MM-DD) as the language writes it: no zone applies to it. */
export function formatDay(day: string, language: Language): string {
  const instant = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(instant.getTime())) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    instant,
  );
}

type ServiceAttribute = DetailWorkOrder['service']['attributes'][number];
type AttributeAnswer = DetailServiceRequest['attributes'][number];

function answerText(
  answer: AttributeAnswer,
  question: ServiceAttribute | undefined,
  datatype: ServiceAttributeDatatype | undefined,
  text: DetailMessages,
): ReactNode {
  const nameOf = (key: string) => question?.values.find((value) => value.key === key)?.name ?? key;
  if (answer.values) {
    return answer.values.length > 0 ? answer.values.map(nameOf).join(', ') : text.request.noAnswer;
  }
  if (answer.value === null || answer.value === '') return text.request.noAnswer;
  if (datatype === 'SINGLEVALUELIST') return nameOf(answer.value);
  if (datatype === 'DATETIME' && !Number.isNaN(Date.parse(answer.value))) {
    return <DateTime iso={answer.value} />;
  }
  return answer.value;
}

/** The reporter's answers, asked in the service's order, each under its question. */
export function AttributeAnswers({
  answers,
  questions,
}: {
  answers: readonly AttributeAnswer[];
  questions: readonly ServiceAttribute[];
}) {
  const { messages } = useI18n();
  const text = messages.detail;
  if (answers.length === 0) return null;
  const order = (code: string) => questions.find((q) => q.code === code)?.order ?? Infinity;
  const sorted = [...answers].sort((a, b) => order(a.code) - order(b.code));
  return (
    <div className="detail__block">
      <h4 className="detail__block-title">{text.request.attributes}</h4>
      <dl className="detail__facts detail__facts--stacked">
        {sorted.map((answer) => {
          const question = questions.find((q) => q.code === answer.code);
          return (
            <div key={answer.code} className="detail__fact">
              <dt>{question?.description ?? answer.code}</dt>
              <dd>{answerText(answer, question, question?.datatype, text)}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}

/** Who may reach the reporter: only roles allowed; others see that it is hidden. */
export function ReporterContact({
  reporter,
  hidden,
}: {
  reporter: DetailServiceRequest['reporter'];
  hidden: boolean;
}) {
  const { messages } = useI18n();
  const text = messages.detail.request;
  let body: ReactNode;
  if (hidden) body = <p className="detail__muted">{text.reporterHidden}</p>;
  else if (!reporter || (!reporter.name && !reporter.email && !reporter.phone)) {
    body = <p className="detail__muted">{text.reporterNone}</p>;
  } else {
    const rows: [string, ReactNode][] = [];
    if (reporter.name) rows.push([text.reporterName, reporter.name]);
    if (reporter.email) {
      rows.push([
        text.reporterEmail,
        <a key="email" href={`mailto:${reporter.email}`}>
          {reporter.email}
        </a>,
      ]);
    }
    if (reporter.phone) {
      rows.push([
        text.reporterPhone,
        <a key="phone" href={`tel:${reporter.phone}`}>
          {reporter.phone}
        </a>,
      ]);
    }
    body = <Facts rows={rows} />;
  }
  return (
    <div className="detail__block">
      <h4 className="detail__block-title">{text.reporter}</h4>
      {body}
    </div>
  );
}

/** The request behind the work: the resident's words, where, how, answers, photos, contact. */
export function RequestSection({
  workOrder,
  reporterHidden,
}: {
  workOrder: DetailWorkOrder;
  reporterHidden: boolean;
}) {
  const { messages } = useI18n();
  const text = messages.detail;
  const request = workOrder.serviceRequest;
  return (
    <DetailSection title={text.request.heading(request.number)}>
      <Facts
        rows={[
          [text.fields.service, workOrder.service.name],
          [text.fields.address, request.address],
          [
            text.fields.district,
            request.district === null ? text.none : text.districtNumber(request.district),
          ],
          [text.fields.channel, text.channels[request.channel]],
          [text.fields.requestedAt, <DateTime key="requested" iso={request.requestedAt} />],
        ]}
      />
      <div className="detail__block">
        <h4 className="detail__block-title">{text.fields.description}</h4>
        <p className="detail__description">{request.description}</p>
      </div>
      <AttributeAnswers answers={request.attributes} questions={workOrder.service.attributes} />
      <div className="detail__block">
        <h4 className="detail__block-title">{text.request.photos}</h4>
        <RequestPhotos photos={request.photos} mediaUrls={request.mediaUrls} />
      </div>
      <ReporterContact reporter={request.reporter} hidden={reporterHidden} />
    </DetailSection>
  );
}

/** The asset the work is on: what it is, its state, and the other work on it lately. */
export function AssetSection({
  asset,
  workOrderId,
  onSelect,
}: {
  asset: DetailAsset;
  workOrderId: string;
  onSelect: (id: string) => void;
}) {
  const { messages, language } = useI18n();
  const text = messages.detail.asset;
  const condition = asset.condition;
  const score = condition?.score as 1 | 2 | 3 | 4 | 5 | undefined;
  const recent = (asset.workOrders ?? []).filter((w) => w.id !== workOrderId).slice(0, 5);
  return (
    <DetailSection title={text.heading}>
      <Facts
        rows={[
          [
            text.tag,
            <span key="tag" className="asset-tag">
              {asset.tag}
            </span>,
          ],
          [text.type, asset.assetType.name],
          [
            text.condition,
            condition && score
              ? text.conditionScore(
                  score,
                  text.conditionLabels[score] ?? '',
                  formatDay(condition.inspectedOn, language),
                )
              : text.conditionNone,
          ],
        ]}
      />
      <div className="detail__block">
        <h4 className="detail__block-title">{text.recentWork}</h4>
        {recent.length === 0 ? (
          <p className="detail__muted">{text.noRecentWork}</p>
        ) : (
          <ul className="detail__list">
            {recent.map((work) => (
              <li key={work.id} className="detail__list-item">
                <button
                  type="button"
                  className="detail__link-button"
                  onClick={() => onSelect(work.id)}
                >
                  {work.number}
                </button>{' '}
                <StatusBadge status={work.status} /> <span>{work.summary}</span>{' '}
                <DateTime iso={work.createdAt} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </DetailSection>
  );
}

function changeValue(field: string, value: string | null, messages: Messages) {
  const text = messages.detail;
  if (value === null) return text.none;
  if (field === 'status' && value in messages.status) {
    return messages.status[value as WorkOrderStatus];
  }
  if (field === 'priority' && value in messages.priority) {
    return messages.priority[value as WorkOrderPriority];
  }
  return value;
}

function actorName(actor: DetailHistoryEntry['actor'] | null, text: DetailMessages) {
  if (!actor) return null;
  return actor.staff?.name ?? text.history.actors[actor.kind];
}

/** Every change of the work order, newest first: who, what, when. */
export function HistorySection({ history }: { history: readonly DetailHistoryEntry[] }) {
  const { messages } = useI18n();
  const text = messages.detail;
  const entries = [...history].reverse();
  return (
    <DetailSection title={text.history.heading}>
      {entries.length === 0 ? (
        <p className="detail__muted">{text.history.empty}</p>
      ) : (
        <ol className="detail-timeline">
          {entries.map((entry) => {
            // Only fields the panel can put into words: ids of crews and people are
            // said by the action itself ("Assigned").
            const shown = entry.changes.filter((change) => change.field in text.history.fields);
            return (
              <li
                key={`${entry.version}-${entry.at}-${entry.action}`}
                className="detail-timeline__entry"
              >
                <p className="detail-timeline__what">
                  <strong>{messages.historyActions[entry.action] ?? entry.action}</strong>
                  {' · '}
                  <span>{actorName(entry.actor, text)}</span>
                </p>
                <p className="detail-timeline__when">
                  <DateTime iso={entry.at} />
                </p>
                {shown.length > 0 ? (
                  <ul className="detail-timeline__changes">
                    {shown.map((change) => (
                      <li key={change.field}>
                        {text.history.change(
                          text.history.fields[change.field] ?? change.field,
                          changeValue(change.field, change.from, messages),
                          changeValue(change.field, change.to, messages),
                        )}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {entry.note ? <p className="detail-timeline__note">{entry.note}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
    </DetailSection>
  );
}

function NoteList({ notes, label }: { notes: readonly DetailNote[]; label: string }) {
  const { messages } = useI18n();
  const text = messages.detail;
  if (notes.length === 0) return <p className="detail__muted">{text.notes.empty}</p>;
  return (
    <ul className="detail-notes" aria-label={label}>
      {notes.map((note) => {
        const author = actorName(note.author, text);
        return (
          <li key={note.id} className={`detail-note detail-note--${note.visibility.toLowerCase()}`}>
            <p className="detail-note__body">{note.body}</p>
            <p className="detail-note__meta">
              <DateTime iso={note.createdAt} />
              {author ? ` · ${text.notes.by(author)}` : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** Notes on the request and its work: what the reporter reads, and what staff keep. */
export function NotesSection({
  publicNotes,
  internalNotes,
  internalHidden,
}: {
  publicNotes: readonly DetailNote[];
  internalNotes: readonly DetailNote[] | null;
  internalHidden: boolean;
}) {
  const { messages } = useI18n();
  const text = messages.detail.notes;
  return (
    <DetailSection title={text.heading}>
      <div className="detail__block">
        <h4 className="detail__block-title">
          {text.public} <span className="detail__aside">({text.publicHint})</span>
        </h4>
        <NoteList notes={publicNotes} label={text.public} />
      </div>
      <div className="detail__block">
        <h4 className="detail__block-title">
          {text.internal} <span className="detail__aside">({text.internalHint})</span>
        </h4>
        {internalHidden || internalNotes === null ? (
          <p className="detail__muted">{text.internalHidden}</p>
        ) : (
          <NoteList notes={internalNotes} label={text.internal} />
        )}
      </div>
    </DetailSection>
  );
}
