import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from './messages.en.ts';
import { fr } from './messages.fr.ts';

function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => strings(v, path ? `${path}.${key}` : key));
  return [];
}

describe('catalogues', () => {
  it('French: a no-break space before ? ! ; : and inside « », never a plain one', () => {
    for (const [path, text] of strings(fr)) {
      // URL schemes are code, not punctuation.
      const prose = text.replace(/\b(?:https?|data|blob):(?:\/\/\S*)?/g, '');
      assert.doesNotMatch(prose, /[^\u00a0\u202f][?!;]|[^\u00a0\u202f]:|«[^\u00a0]|[^\u00a0]»/, `${path}: ${text}`);
    }
  });

  it('French: no English path or word shown', () => {
    for (const [path, text] of strings(fr)) assert.doesNotMatch(text, /\/report|follow-up|\bthe\b/i, path);
  });

  it('English: no no-break space left from the French rules', () => {
    for (const [path, text] of strings(en)) assert.doesNotMatch(text, /[\u00a0\u202f][?!;:]/, path);
  });
});
