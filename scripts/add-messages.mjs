#!/usr/bin/env node
// Adds or updates interface strings in public/_locales/{en,fr,ar}/messages.json from one file of the form
// { "key": { "en": "...", "fr": "...", "ar": "...", "description": "...", "placeholders": { "name": { "content": "$1" } } } }.
// Keys stay sorted so that concurrent edits merge cleanly. Usage: node scripts/add-messages.mjs strings.json
import { readFileSync, writeFileSync, renameSync } from 'node:fs';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/add-messages.mjs strings.json');
  process.exit(2);
}
const input = JSON.parse(readFileSync(file, 'utf8'));
for (const lang of ['en', 'fr', 'ar']) {
  const path = new URL(`../public/_locales/${lang}/messages.json`, import.meta.url);
  let catalog;
  try {
    catalog = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    catalog = {};
  }
  for (const [key, entry] of Object.entries(input)) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`Invalid message key "${key}": use letters, digits and _.`);
    const message = entry[lang];
    if (typeof message !== 'string' || message === '') throw new Error(`Key "${key}" has no ${lang} text.`);
    catalog[key] = {
      message,
      ...(entry.description ? { description: entry.description } : {}),
      ...(entry.placeholders ? { placeholders: entry.placeholders } : {}),
    };
  }
  const sorted = Object.fromEntries(Object.entries(catalog).sort(([a], [b]) => a.localeCompare(b)));
  const tmp = new URL(`../public/_locales/${lang}/messages.json.tmp`, import.meta.url);
  writeFileSync(tmp, JSON.stringify(sorted, null, 2) + '\n');
  renameSync(tmp, path);
}
console.log(`added ${Object.keys(input).length} keys`);
