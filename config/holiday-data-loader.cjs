/**
 * Webpack loader for chinese-days' data table: keeps only the years a filing can touch (2020 on;
 * filing has been mandatory since 2023) to save about 30 KB of the 512 KB weapp budget. Years
 * dropped here are computed as Mon–Fri and flagged `estimated`, like years past the data's end.
 * Jest reads the untrimmed file, so the domain tests still compare every day with the package.
 */
const FIRST_YEAR = 2020;

module.exports = function trimHolidayData(source) {
  const data = JSON.parse(source);
  const keep = (table) =>
    Object.fromEntries(Object.entries(table || {}).filter(([date]) => Number(date.slice(0, 4)) >= FIRST_YEAR));
  const trimmed = {};
  for (const [key, value] of Object.entries(data)) {
    trimmed[key] = value && typeof value === 'object' && !Array.isArray(value) ? keep(value) : value;
  }
  return JSON.stringify(trimmed);
};
