import { useQuery } from '@apollo/client/react';
import { formatCount } from '../format';
import { useI18n } from '../i18n';
import { DateTime } from '../work-orders/date-time';
import { StatusBadge } from '../work-orders/status-badge';
import { LikelyDuplicatesDocument } from './detail-panel.graphql';
import { DetailSection } from './detail-sections';

/**
 * Open requests of the same service close to this one (the graph's likelyDuplicates:
 * 50 m, 30 days), without the request itself; each opens its work order when it has one.
 */
export function LikelyDuplicates({
  serviceCode,
  lon,
  lat,
  requestNumber,
  onSelect,
}: {
  serviceCode: string;
  lon: number;
  lat: number;
  requestNumber: string;
  onSelect: (workOrderId: string) => void;
}) {
  const { messages, language } = useI18n();
  const text = messages.detail.duplicates;
  const { data, error, loading } = useQuery(LikelyDuplicatesDocument, {
    variables: { serviceCode, lon, lat },
    errorPolicy: 'all',
  });
  const others = (data?.likelyDuplicates ?? []).filter((d) => d.number !== requestNumber);

  let body: React.ReactNode;
  if (loading && !data) {
    body = <p className="detail__muted">{text.loading}</p>;
  } else if (error && !data) {
    body = <p className="detail__muted">{text.failed}</p>;
  } else if (others.length === 0) {
    body = <p className="detail__muted">{text.none}</p>;
  } else {
    body = (
      <ul className="detail__list">
        {others.map((duplicate) => {
          const work = duplicate.serviceRequest?.workOrders?.[0] ?? null;
          const requestStatus = duplicate.serviceRequest?.status;
          return (
            <li key={duplicate.number} className="detail__list-item">
              {work ? (
                <button
                  type="button"
                  className="detail__link-button"
                  onClick={() => onSelect(work.id)}
                  aria-label={text.open(work.number)}
                >
                  {work.number}
                </button>
              ) : null}{' '}
              <span className={work ? undefined : 'detail__strong'}>
                {text.requestOnly(duplicate.number)}
              </span>{' '}
              {work ? (
                <StatusBadge status={work.status} />
              ) : requestStatus ? (
                <span className="badge">{messages.detail.requestStatus[requestStatus]}</span>
              ) : null}{' '}
              <span>
                {text.distance(formatCount(Math.round(duplicate.distanceMeters), language))}
              </span>
              {' · '}
              <DateTime iso={duplicate.requestedAt} />
            </li>
          );
        })}
      </ul>
    );
  }
  return <DetailSection title={text.heading}>{body}</DetailSection>;
}
