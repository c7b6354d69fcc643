import { describe, expect, it } from 'vitest';
import { cardsOn, setCardsOff } from '../../../lib/settings-cards';
import { loadSettings, SETTINGS_KEY } from '../../../lib/settings';

function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    async get(key: string) {
      return key in data ? { [key]: data[key] } : {};
    },
    async set(items: Record<string, unknown>) {
      Object.assign(data, items);
    },
  };
}

describe('per-service card switch', () => {
  it('turns cards off and on for one service in the shared settings', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { language: 'ja', cardsOffServices: ['s3'] } });
    expect(await setCardsOff(area, 'ec2', true)).toEqual(['ec2', 's3']);
    const settings = await loadSettings(area);
    expect(settings.language).toBe('ja');
    expect(cardsOn(settings, 'ec2')).toBe(false);
    expect(cardsOn(settings, 'iam')).toBe(true);
    expect(cardsOn(settings, null)).toBe(true);
    expect(await setCardsOff(area, 'ec2', false)).toEqual(['s3']);
  });
});
