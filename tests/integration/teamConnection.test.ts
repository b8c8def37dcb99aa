import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TeamConnectionSettings } from '../../shared/domain/teamConnection';
import { checkTeamConnection, teamPoolConfig } from '../../electron/db/store/teamConnection';
import { postgresMigrations } from '../../electron/db/postgres/migrate';
import { createTeamDatabase, type TeamDatabase, type TeamLogin } from '../support/teamDatabase';

describe('team connection settings', () => {
  it('allow a connection without TLS only to this computer, and verify-ca only with a CA file', () => {
    const base = { host: 'db.shop.kg', database: 'compliance_desk', user: 'ivanova', caFile: '' };
    expect(TeamConnectionSettings.parse(base)).toMatchObject({ port: 5432, tls: 'verify-full' });
    expect(TeamConnectionSettings.safeParse({ ...base, tls: 'disable' }).error?.issues[0]).toMatchObject({
      path: ['tls'],
      message: 'validation.team.tlsRequired',
    });
    expect(TeamConnectionSettings.safeParse({ ...base, host: 'localhost', tls: 'disable' }).success).toBe(
      true,
    );
    expect(TeamConnectionSettings.safeParse({ ...base, tls: 'verify-ca' }).error?.issues[0]).toMatchObject({
      path: ['caFile'],
      message: 'validation.team.caFileRequired',
    });
  });
});

describe.skipIf(inject('postgres') === null)('checking a team connection [postgres]', () => {
  let team: TeamDatabase;
  const caFile = inject('postgres')?.caFile ?? '';
  beforeAll(async () => {
    team = await createTeamDatabase();
  });
  afterAll(async () => team.drop());

  const settingsOf = (login: TeamLogin, overrides: Partial<TeamConnectionSettings> = {}) => {
    const { host, port } = team.config(login) as { host: string; port: number };
    return {
      host,
      port,
      database: team.name,
      user: login.login,
      tls: 'verify-full',
      caFile,
      ...overrides,
    } as const;
  };
  const check = (
    login: TeamLogin,
    overrides: Partial<TeamConnectionSettings> = {},
    password = login.password,
  ) =>
    checkTeamConnection(
      teamPoolConfig(TeamConnectionSettings.parse(settingsOf(login, overrides)), password, (p) =>
        readFileSync(p, 'utf8'),
      ),
    );

  it.runIf(caFile !== '')(
    'verifies the server certificate and reports the login, its role and the schema',
    async () => {
      for (const host of ['localhost', '127.0.0.1']) {
        expect(await check(team.logins.lawyer, { host })).toEqual({
          schemaVersion: postgresMigrations.at(-1)?.version,
          appSchemaVersion: postgresMigrations.at(-1)?.version,
          login: team.logins.lawyer.login,
          roles: ['lawyer'],
          organisations: 0,
          tls: true,
        });
      }
      // Without the server's authority the certificate does not verify: no connection.
      await expect(check(team.logins.officer, { caFile: '' })).rejects.toMatchObject({
        message: 'errors.team.certificate',
      });
    },
  );

  it('refuses a wrong password and an unreachable server in the app’s words', async () => {
    await expect(check(team.logins.officer, {}, 'wrong')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'errors.team.login',
    });
    await expect(check(team.logins.officer, { port: 1 })).rejects.toMatchObject({
      message: 'errors.team.unreachable',
    });
  });
});
