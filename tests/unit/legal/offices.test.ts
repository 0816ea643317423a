/**
 * The Münster offices as checked data (legal reference 2026-12-03, "Münster offices"): each with the day it
 * was last checked and what the check found; addresses only where they were found; the obsolete ones gone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citySchema } from '../../../src/content/schemas';

const raw = readFileSync('content/offices/muenster.json', 'utf8');
const city = citySchema.parse(JSON.parse(raw));
const office = (id: string) => city.offices.find((o) => o.id === id)!;

describe('Münster offices', () => {
  it('the reference\'s addresses, as found', () => {
    expect(office('auslaenderbehoerde').address).toBe('Stadthaus 2, Ludgeriplatz 4 (Eingang Südstraße), 48151 Münster');
    expect(office('auslaenderbehoerde').contact).toContain('0251 492-3636');
    expect(office('auslaenderbehoerde').contact).toContain('aufenthaltsrecht@stadt-muenster.de');
    expect(office('ggua').address).toBe('Hafenstraße 3–5 (2. Etage), 48153 Münster');
    expect(office('drk-migration').address).toContain('Hamannplatz 26/28');
    expect(office('drk-migration').address).toContain('Cheruskerring 19');
    expect(office('sozialamt').address).toContain('Hafenstraße 8');
    expect(office('jobcenter').contact).toContain('0251 492-9292');
  });

  it('no address where none was found (Caritas, Agentur für Arbeit, offices outside the reference\'s table): the link only', () => {
    for (const id of ['caritas-migration', 'agentur-fuer-arbeit', 'diakonie-migration', 'kommunales-integrationszentrum', 'schulamt-zuwanderung', 'handwerkskammer', 'ihk']) {
      expect(office(id).address, id).toBeUndefined();
      expect(office(id).url, id).toMatch(/^https:\/\//);
    }
  });

  it('the obsolete addresses and names are gone', () => {
    const shown = city.offices.map((o) => `${o.name} | ${o.address ?? ''} | ${o.contact}`).join('\n');
    for (const old of ['Südstraße 46', 'Zumsandestraße', 'Josefstraße', 'Wolbecker Straße', 'Rechts- und Ausländeramt']) expect(shown, old).not.toContain(old);
  });

  it('every office says when it was last checked and what the check found', () => {
    for (const o of city.offices) {
      expect(o.checked, o.id).toBeInstanceOf(Date);
      expect(o.checkedSource, o.id).toBeTruthy();
    }
    for (const id of ['auslaenderbehoerde', 'ggua', 'drk-migration', 'sozialamt', 'jobcenter', 'caritas-migration', 'agentur-fuer-arbeit']) {
      expect(office(id).checked.toISOString().slice(0, 10), id).toBe('2026-12-03');
    }
  });
});
