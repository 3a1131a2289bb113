import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRoute } from './routes.ts';

describe('parseRoute', () => {
  it('maps console paths to screens', () => {
    assert.deepEqual(parseRoute('/console', ''), { name: 'home' });
    assert.deepEqual(parseRoute('/console/', ''), { name: 'home' });
    assert.deepEqual(parseRoute('/console/login', ''), { name: 'login' });
    assert.deepEqual(parseRoute('/console/login/', ''), { name: 'login' });
    assert.deepEqual(parseRoute('/console/enrol', '?token=abc%2Bdef'), {
      name: 'enrol',
      token: 'abc+def',
    });
  });

  it('treats a missing or empty enrolment token as missing', () => {
    assert.deepEqual(parseRoute('/console/enrol', ''), { name: 'enrol', token: null });
    assert.deepEqual(parseRoute('/console/enrol', '?token='), { name: 'enrol', token: null });
  });

  it('knows no other page', () => {
    assert.deepEqual(parseRoute('/console/reports', ''), { name: 'not-found' });
    assert.deepEqual(parseRoute('/consoles', ''), { name: 'not-found' });
  });
});
