// The plugin's translations: languages/clinic-ui-blocks-LOCALE.po is the one source of each
// locale's strings, for the PHP (settings page, block titles) and the editor script alike.
import gettextParser from 'gettext-parser';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Parses one .po file into its translations, keyed as Jed (and so wp.i18n) keys them: the msgid,
 * or `context\u0004msgid` for a string with a context (the header left out).
 */
export function readPo(path) {
  const po = gettextParser.po.parse(readFileSync(path));
  const messages = {};
  for (const [context, entries] of Object.entries(po.translations))
    for (const [id, entry] of Object.entries(entries))
      if (id !== '') messages[context ? `${context}\u0004${id}` : id] = entry.msgstr[0] ?? '';
  return { po, messages };
}

/**
 * Writes, for each .po of `dir`, the .mo WordPress's PHP loads and, given the editor script's
 * handle, its JSON translations (`DOMAIN-LOCALE-HANDLE.json`, which wp_set_script_translations
 * finds). A missing translation fails the build.
 */
export function compileTranslations(dir, scriptHandle) {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.po'))) {
    const { po, messages } = readPo(join(dir, file));
    const untranslated = Object.entries(messages).filter(([, text]) => text === '');
    if (untranslated.length > 0)
      throw new Error(
        `${file}: no translation for ${untranslated.map(([id]) => `"${id}"`).join(', ')}`,
      );
    writeFileSync(join(dir, file.replace(/\.po$/, '.mo')), gettextParser.mo.compile(po));
    if (!scriptHandle) continue;
    const [, domain, locale] = /^(.+)-([a-z]{2,3}(?:_[A-Z]{2})?)\.po$/.exec(file) ?? [];
    if (!domain || !locale) throw new Error(`${file}: expected DOMAIN-LOCALE.po`);
    const jed = {
      domain: 'messages',
      locale_data: {
        messages: {
          '': { domain: 'messages', lang: locale, plural_forms: po.headers['Plural-Forms'] },
          ...Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, [text]])),
        },
      },
    };
    writeFileSync(join(dir, `${domain}-${locale}-${scriptHandle}.json`), JSON.stringify(jed));
  }
}
