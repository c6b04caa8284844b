import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteClassStore } from './sqlite-store';

const dir = mkdtempSync(path.join(tmpdir(), 'class-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SqliteClassStore', () => {
  it('opens a database made before runs were streamed, keeps its runs, and stores running strategies', async () => {
    const file = path.join(dir, 'old.sqlite');
    const old = new Database(file);
    old.exec(`
      create table classes (code text primary key, teacher_hash text not null, created_at integer not null,
        live_until integer not null, keep_until integer not null, closed_at integer, slide text,
        names_shown integer not null default 0);
      create table runs (code text not null references classes(code) on delete cascade,
        question_id text not null, measured text not null, at integer not null,
        primary key (code, question_id));
      insert into classes (code, teacher_hash, created_at, live_until, keep_until)
        values ('ABCDEF', 'hash', 0, ${Date.now() + 60_000}, ${Date.now() + 120_000});
      insert into runs values ('ABCDEF', 's1', '{"async":101}', 5);
    `);
    old.close();
    const store = new SqliteClassStore(file);
    await store.putRun('ABCDEF', {
      questionId: 's2',
      measured: { threads: 50 },
      running: ['threads'],
      at: 6,
    });
    const view = await store.teacherView('ABCDEF');
    expect(view?.runs).toEqual([
      { questionId: 's1', measured: { async: 101 }, at: 5 },
      { questionId: 's2', measured: { threads: 50 }, running: ['threads'], at: 6 },
    ]);
  });
});
