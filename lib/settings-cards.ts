// The per-service card switch ("Hide on EC2") on top of the shared settings (lib/settings.ts `cardsOffServices`),
// so the card's button and the side panel's settings edit the same list. Service ids are those of
// lib/detect/page.ts `consoleService` (the console URL's service segment: "ec2", "s3", "console-home" …). Denials
// are still detected and recorded on a service with cards off; only the cards go.
import { loadSettings, saveSettings, type Settings, type StorageAreaLike } from './settings';

export function cardsOn(settings: Pick<Settings, 'cardsOffServices'>, service: string | null): boolean {
  return service === null || !settings.cardsOffServices.includes(service);
}

/** Turns cards off (or back on) for one service; returns the new list. */
export async function setCardsOff(area: StorageAreaLike, service: string, off: boolean): Promise<string[]> {
  const current = new Set((await loadSettings(area)).cardsOffServices);
  if (off) current.add(service);
  else current.delete(service);
  const saved = await saveSettings(area, { cardsOffServices: [...current].sort() });
  return saved.cardsOffServices;
}
