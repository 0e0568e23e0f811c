// Searches code-server's files and the workbench's browser storage for secrets. A finding names
// the secret by its label and the place, never the secret's value.
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reads every regular file below each root and returns the places where a secret occurs,
 * as UTF-8 or UTF-16LE text. `secrets` maps a label to a value. Files below a folder in
 * `installed` came from the .vsix unchanged, so they are searched for credentials but not
 * for MFA codes: six digits can occur in shipped code by chance.
 */
export async function scanFiles(roots, secrets, { exclude = [], installed = [] } = {}) {
  const matchers = secretMatchers(secrets);
  const findings = [];
  let fileCount = 0;
  for (const root of roots) {
    for await (const file of walk(root, exclude)) {
      fileCount += 1;
      const content = await readFile(file).catch(() => null);
      if (!content) {
        continue;
      }
      const shipped = installed.some((folder) => file.startsWith(folder + path.sep));
      for (const encoding of ['utf-8', 'utf-16le']) {
        // latin1 maps each byte to one character, so a UTF-8 search on it needs no valid text.
        const text = content.toString(encoding === 'utf-8' ? 'latin1' : 'utf16le');
        for (const { label, isCode, matches } of matchers) {
          if (!(shipped && isCode) && matches(text)) {
            findings.push(`${label} (${encoding}) in ${file}`);
          }
        }
      }
    }
  }
  return { fileCount, findings };
}

async function* walk(directory, exclude) {
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (exclude.some((excluded) => full === excluded || full.startsWith(excluded + path.sep))) {
      continue;
    }
    const stats = await lstat(full).catch(() => null);
    if (stats?.isDirectory()) {
      yield* walk(full, exclude);
    } else if (stats?.isFile()) {
      yield full;
    }
  }
}

/**
 * Builds one matcher per secret. A six-digit MFA code matches only as a number of its own:
 * 123456 is also the start of the account id 123456789012, and 000000 is a colour (#000000) or
 * the fraction of a timestamp, none of which is the code.
 */
function secretMatchers(secrets) {
  return Object.entries(secrets).map(([label, value]) => {
    if (!value) {
      throw new Error(`the secret labelled '${label}' is empty, so a scan for it would prove nothing`);
    }
    if (/^\d{6}$/.test(value)) {
      const standalone = new RegExp(`(?<![0-9A-Za-z#.])${value}(?![0-9A-Za-z])`);
      return { label, isCode: true, matches: (text) => standalone.test(text) };
    }
    return { label, isCode: false, matches: (text) => text.includes(value) };
  });
}

/**
 * Reads the page's localStorage, sessionStorage and every IndexedDB object store, and returns
 * the places where a secret occurs plus counts of what was read.
 */
export async function scanBrowserStorage(page, secrets) {
  const dump = await page.evaluate(readAllBrowserStorage);
  const matchers = secretMatchers(secrets);
  const findings = [];
  for (const record of dump.records) {
    for (const { label, matches } of matchers) {
      if (matches(record.text)) {
        findings.push(`${label} in ${record.place}`);
      }
    }
  }
  return { databases: dump.databases, recordCount: dump.records.length, findings };
}

// Runs inside the page. Values are turned into text: strings as they are, binary values decoded
// as UTF-8 (which is how VS Code's storage writes them), everything else through JSON.
async function readAllBrowserStorage() {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const asText = async (value) => {
    if (typeof value === 'string') {
      return value;
    }
    if (value instanceof Blob) {
      return decoder.decode(await value.arrayBuffer());
    }
    if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
      return decoder.decode(value);
    }
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };
  const requestResult = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });

  const records = [];
  for (const [areaName, area] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]]) {
    for (let index = 0; index < area.length; index += 1) {
      const key = area.key(index);
      records.push({ place: `${areaName}[${key}]`, text: `${key}\n${area.getItem(key)}` });
    }
  }

  const databases = [];
  for (const info of await indexedDB.databases()) {
    const database = await requestResult(indexedDB.open(info.name));
    const storeNames = [...database.objectStoreNames];
    databases.push({ name: info.name, stores: storeNames });
    for (const storeName of storeNames) {
      const store = database.transaction(storeName, 'readonly').objectStore(storeName);
      const keys = await requestResult(store.getAllKeys());
      const values = await requestResult(store.getAll());
      for (let index = 0; index < values.length; index += 1) {
        const keyText = await asText(keys[index]);
        records.push({
          place: `indexedDB ${info.name}/${storeName}[${keyText}]`,
          text: `${keyText}\n${await asText(values[index])}`,
        });
      }
    }
    database.close();
  }
  return { databases, records };
}
