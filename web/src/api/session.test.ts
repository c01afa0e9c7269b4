import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../test/server';
import { api } from './client';
import { currentSession } from './session';

const session = { gebruiker: { gebruikersnaam: 'uitvoerder', naam: 'U', organisatie: 'o', rollen: [] }, csrfToken: 't-1' };

describe('currentSession', () => {
  it('keeps the CSRF token of a session for later writes', async () => {
    let token: string | null = null;
    server.use(
      http.get('*/api/v1/sessies/huidige', () => HttpResponse.json(session)),
      http.post('*/api/v1/x', ({ request }) => {
        token = request.headers.get('X-CSRF-Token');
        return HttpResponse.json({});
      }),
    );
    expect(await currentSession()).toEqual({ kind: 'session', session });
    await api.post('/api/v1/x', {});
    expect(token).toBe('t-1');
  });

  it('is anonymous on a 401', async () => {
    server.use(http.get('*/api/v1/sessies/huidige', () => HttpResponse.json({ status: 401 }, { status: 401 })));
    expect(await currentSession()).toEqual({ kind: 'anonymous' });
  });

  it('fails on other errors', async () => {
    server.use(http.get('*/api/v1/sessies/huidige', () => HttpResponse.json({ status: 500, detail: 'stuk' }, { status: 500 })));
    await expect(currentSession()).rejects.toMatchObject({ status: 500 });
  });
});
