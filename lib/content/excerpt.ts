/** An excerpt of a source file: its text, and the 1-based lines it spans. */
export interface Excerpt {
  text: string;
  from: number;
  to: number;
}

/**
 * The declaration of the exported `name` in `source`: from its `export` line to the first line
 * after it that closes at column 0 (`}` or `};`). Throws when there is none, so renaming the
 * function breaks the build instead of silently showing nothing.
 */
export function exportedDeclaration(source: string, name: string): Excerpt {
  const lines = source.split('\n');
  const python = lines.findIndex((line) =>
    new RegExp(`^(?:async\\s+)?def\\s+${name}\\b`).test(line),
  );
  if (python !== -1) return pythonDefinition(lines, python);
  const declares = new RegExp(
    `^export\\s+(?:default\\s+)?(?:async\\s+)?(?:function\\*?|const|let|class)\\s+${name}\\b`,
  );
  const start = lines.findIndex((line) => declares.test(line));
  if (start === -1) throw new Error(`no exported declaration named ${name}`);
  const end = lines.findIndex((line, index) => index > start && /^\};?\s*$/.test(line));
  if (end === -1) throw new Error(`the declaration of ${name} does not close at column 0`);
  return { text: lines.slice(start, end + 1).join('\n'), from: start + 1, to: end + 1 };
}

/** A top-level Python `def` from its line to the last indented line before the next top-level code. */
function pythonDefinition(lines: string[], start: number): Excerpt {
  let end = start;
  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index];
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) break;
    end = index;
  }
  return { text: lines.slice(start, end + 1).join('\n'), from: start + 1, to: end + 1 };
}
