import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A browser policy file put in a system-wide folder for one test (the policy e2e tests run as root):
 * `write` puts content there (making the folders it needs), `restore` puts back what was there before
 * (nothing: the file and the folders this made are removed, a folder only while empty). `restore` also
 * runs when the process exits, so a run cut short leaves no policy behind for other browsers.
 */
export function systemPolicyFile(path: string) {
  const original = existsSync(path) ? readFileSync(path, 'utf8') : null;
  const made: string[] = [];
  for (let dir = dirname(path); !existsSync(dir); dir = dirname(dir)) made.push(dir);
  const restore = () => {
    if (original !== null) writeFileSync(path, original);
    else rmSync(path, { force: true });
    for (const dir of made.splice(0)) {
      try {
        rmdirSync(dir);
      } catch (error) {
        console.warn(`policy test: left ${dir} (something else put a file there)`, error);
      }
    }
  };
  process.on('exit', restore);
  return {
    /** What was there before the test (null: no file). */
    original,
    write(content: string) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    },
    /** Removes the file now (the test's own content), keeping the folders until `restore`. */
    remove() {
      if (original !== null) writeFileSync(path, original);
      else rmSync(path, { force: true });
    },
    restore,
  };
}
