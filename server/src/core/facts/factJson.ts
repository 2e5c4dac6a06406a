/**
 * Facts as JSON and back. A fact's value can hold a number JSON has no form for (Infinity, the open
 * end of "more than 500"), which JSON.stringify would write as null: it is written as
 * `{"$number":"Infinity"}` instead.
 */
export function factJson(value: unknown): string {
  const json = JSON.stringify(value);
  // The replacer costs a call per value; a text without "null" holds no such number and needs none.
  return json.includes('null') ? JSON.stringify(value, tagNumber) : json;
}

/** What `factJson` wrote, with its tagged numbers read back. */
export function parseFactJson(text: string): unknown {
  // A reviver costs a call per value: most texts hold no open range and need none.
  return JSON.parse(text, text.includes(NUMBER_TAG) ? untagNumber : undefined);
}

const NUMBER_TAG = '"$number"';

function tagNumber(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? { $number: String(value) } : value;
}

function untagNumber(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = (value as { $number?: unknown }).$number;
    if (typeof tagged === 'string' && Object.keys(value).length === 1) return Number(tagged);
  }
  return value;
}
