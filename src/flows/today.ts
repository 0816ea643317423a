/** Today's calendar date on this device, as YYYY-MM-DD: one helper, kept in the pure date code. */
export { todayIso } from '../rules/dates';
