import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../test/server';
import { ApiError, api, setCsrfToken, setUnauthenticatedHandler } from './client';

afterEach(() => {
  setCsrfToken(null);
  setUnauthenticatedHandler(null);
});

describe('api client', () => {
  it('turns problem+json into an ApiError with the field messages', async () => {
    server.use(
      http.post('*/api/v1/casussen', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Ongeldige aanvraag',
            status: 400,
            detail: 'Er zijn 2 problemen met de invoer; zie invalidParams.',
            invalidParams: [
              { name: 'titel', code: 'invalid', reason: 'De titel mag niet leeg zijn.' },
              { name: 'inwoner.referentie', code: 'invalid', reason: 'Lijkt op een BSN.' },
            ],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await api.post('/api/v1/casussen', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.detail).toContain('2 problemen');
    expect(apiError.fieldErrors()).toEqual({ titel: 'De titel mag niet leeg zijn.', 'inwoner.referentie': 'Lijkt op een BSN.' });
  });

  it('sends the CSRF token on writes only, and the cookie policy same-origin', async () => {
    const seen: { method: string; token: string | null; credentials: string }[] = [];
    server.use(
      http.all('*/api/v1/iets', ({ request }) => {
        seen.push({ method: request.method, token: request.headers.get('X-CSRF-Token'), credentials: request.credentials });
        return request.method === 'DELETE' ? new HttpResponse(null, { status: 204 }) : HttpResponse.json({ ok: true });
      }),
    );
    setCsrfToken('abc');
    await api.get('/api/v1/iets');
    await api.post('/api/v1/iets', { a: 1 });
    await api.patch('/api/v1/iets', { a: 2 });
    await api.del('/api/v1/iets');
    expect(seen.map((s) => [s.method, s.token])).toEqual([
      ['GET', null],
      ['POST', 'abc'],
      ['PATCH', 'abc'],
      ['DELETE', 'abc'],
    ]);
    expect(seen.every((s) => s.credentials === 'same-origin')).toBe(true);
  });

  it('calls the unauthenticated handler on a 401, unless the caller handles it', async () => {
    server.use(http.get('*/api/v1/geheim', () => HttpResponse.json({ title: 'x', status: 401, detail: 'Log in.' }, { status: 401 })));
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    await expect(api.get('/api/v1/geheim')).rejects.toMatchObject({ status: 401, detail: 'Log in.' });
    expect(handler).toHaveBeenCalledTimes(1);
    await expect(api.get('/api/v1/geheim', { quietStatuses: [401] })).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('reports an unreachable server as status 0', async () => {
    server.use(http.get('*/api/v1/weg', () => HttpResponse.error()));
    await expect(api.get('/api/v1/weg')).rejects.toMatchObject({ status: 0 });
  });
});
