const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)'
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
const TIME = '\\d{2}:\\d{2}:\\d{2}'
// The three HTTP-date forms of RFC 9110 §5.6.7. `Date.parse` alone is too lenient ("1.5" parses).
const IMF_FIXDATE = new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT$`)
const RFC850_DATE = new RegExp(`^${DAY}[a-z]{0,6}, \\d{2}-${MONTH}-\\d{2} ${TIME} GMT$`)
const ASCTIME_DATE = new RegExp(`^${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4}$`)

/**
 * Reads a `Retry-After` value (also used for `X-WNS-CONTINUE-AFTER`): delay-seconds or an
 * HTTP-date, as milliseconds to wait from `now`. A date in the past gives 0.
 *
 * @param now - The clock to measure a date against, in epoch milliseconds.
 * @default now `Date.now()`
 * @returns The delay in milliseconds, or `undefined` when the value is missing or malformed.
 * @see https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
 * @example
 * parseRetryAfter('900') // 900_000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT')) // 60_000
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (/^\d{1,12}$/.test(text)) return Number(text) * 1000
  let date: number
  if (IMF_FIXDATE.test(text) || RFC850_DATE.test(text)) date = Date.parse(text)
  else if (ASCTIME_DATE.test(text)) date = Date.parse(`${text} GMT`)
  else return undefined
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
