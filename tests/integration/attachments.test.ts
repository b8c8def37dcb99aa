import { chmod, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';

let app: TestApp;
let opened: string[];
let revealed: string[];
let recipientId: number;
beforeEach(async () => {
  app = await startTestApp();
  opened = [];
  revealed = [];
  app.ctx.shell = {
    openPath: async (p) => void opened.push(p),
    showItemInFolder: async (p) => void revealed.push(p),
  };
  const org = await app.ok('organisations:create', kgOrganisation);
  recipientId = (await app.ok('recipients:create', recipientInput(org.id))).id;
});
afterEach(async () => app.close());

const userFile = async (name: string, content: string | Buffer, mode = 0o644) => {
  const dir = join(app.dir, 'downloads');
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  await writeFile(path, content);
  await chmod(path, mode);
  return path;
};

const attach = async (path: string) => {
  app.dialogs.nextOpen.push(path);
  return app.call('recipients:attachContract', { id: recipientId });
};

const storedFiles = async () => {
  const root = app.ctx.paths.attachmentsDir;
  const out: string[] = [];
  for (const d of await readdir(root).catch(() => [] as string[]))
    for (const f of await readdir(join(root, d))) out.push(join(root, d, f));
  return out;
};

describe('attachments', () => {
  it('are stored under a neutral name without executable bits', async () => {
    const source = await userFile('Договор.pdf', '%PDF-1.7 contract', 0o755);
    expect(await attach(source)).toMatchObject({ ok: true });
    const [stored] = await storedFiles();
    expect(stored).toMatch(/[0-9a-f]{64}$/);
    expect(((await stat(stored ?? '')).mode & 0o111).toString(8)).toBe('0');
  });

  for (const [name, content] of [
    ['setup.exe', 'MZ\u0090\u0000 program'],
    ['run.bat', '@echo off'],
    ['page.hta', '<script>'],
    ['link.lnk', 'L\u0000\u0000\u0000'],
    ['app.desktop', '[Desktop Entry]\nExec=rm -rf ~'],
    ['script.sh', 'echo hi'],
    // A program renamed to look like a document is still a program.
    ['Договор.pdf', 'MZ\u0090\u0000 program renamed'],
    ['notes.txt', '#!/bin/sh\necho hi'],
  ] as const) {
    it(`refuses ${name} at attach time and stores nothing`, async () => {
      const result = await attach(await userFile(name, content, 0o755));
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: 'errors.attachment.executable' },
      });
      expect(await storedFiles()).toEqual([]);
      expect((await app.ok('recipients:get', { id: recipientId })).contractFile).toBeNull();
    });
  }

  it('opens only documents and images, as a read-only copy under the original name', async () => {
    await attach(await userFile('Договор КД-1.pdf', '%PDF-1.7 contract'));
    expect(await app.call('recipients:openContract', { id: recipientId })).toEqual({ ok: true, value: null });
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/Договор КД-1\.pdf$/);
    expect(((await stat(opened[0] ?? '')).mode & 0o333).toString(8)).toBe('0');
    expect(revealed).toEqual([]);
  });

  it('only reveals other types in their folder, with a warning, and never opens them', async () => {
    await attach(await userFile('архив.zip', 'PK\u0003\u0004 zip'));
    expect(await app.call('recipients:openContract', { id: recipientId })).toMatchObject({
      ok: false,
      error: { message: 'errors.attachment.notViewable' },
    });
    // A «PDF» whose content is not a PDF is not handed to the PDF viewer either.
    await attach(await userFile('fake.pdf', '<html><script>alert(1)</script>'));
    expect(await app.call('recipients:openContract', { id: recipientId })).toMatchObject({ ok: false });
    expect(opened).toEqual([]);
    expect(revealed).toHaveLength(2);
  });

  it('refuses to open a stored file whose content changed since it was attached', async () => {
    await attach(await userFile('Договор.pdf', '%PDF-1.7 contract'));
    const [stored] = await storedFiles();
    await chmod(stored ?? '', 0o600);
    await writeFile(stored ?? '', '%PDF-1.7 forged');
    expect(await app.call('recipients:openContract', { id: recipientId })).toMatchObject({
      ok: false,
      error: { message: 'errors.attachment.changed' },
    });
    expect(opened).toEqual([]);
  });

  it('renames files stored by earlier versions (extension kept, executable) at start', async () => {
    const sha = 'ab'.repeat(32);
    const legacy = join(app.ctx.paths.attachmentsDir, 'ab', `${sha}.exe`);
    await mkdir(join(app.ctx.paths.attachmentsDir, 'ab'), { recursive: true });
    await writeFile(legacy, 'MZ');
    await chmod(legacy, 0o755);
    await app.ctx.db.close();
    app = await startTestApp({ dir: app.dir });
    const neutral = join(app.ctx.paths.attachmentsDir, 'ab', sha);
    expect(((await stat(neutral)).mode & 0o111).toString(8)).toBe('0');
    await expect(stat(legacy)).rejects.toThrow();
  });
});
