import { useCity } from '../city/use-city';
import { formatDateTime, type IsoDateTime } from '../format';
import { useI18n } from '../i18n';

/** A timestamp in the city's zone: date above time, machine-readable in `dateTime`. */
export function DateTime({ iso }: { iso: IsoDateTime }) {
  const { language } = useI18n();
  const { timeZone } = useCity();
  const { date, time } = formatDateTime(iso, language, timeZone);
  return (
    <time className="date-time" dateTime={iso}>
      <span className="date-time__date">{date}</span>{' '}
      <span className="date-time__time">{time}</span>
    </time>
  );
}
