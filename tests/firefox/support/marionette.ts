// A minimal Marionette client for the one thing WebDriver BiDi cannot do on Firefox ESR: press a key in the browser
// window itself. BiDi's key actions reach the page only; an add-on's keyboard shortcut lives in the browser
// window's keyset, which a real key press reaches first. Marionette's chrome context (allowed with
// --remote-allow-system-access) can synthesise key events at that window's widget, the way the OS delivers them.
// Firefox accepts one remote session at a time, so this drives its own Firefox, without puppeteer.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Reply = [1, number, { error: string; message: string } | null, { value?: unknown } | null];

export class Marionette {
  private buffer = Buffer.alloc(0);
  private waiting = new Map<number, (reply: Reply) => void>();
  private greeted: Promise<void>;
  private nextId = 0;

  private constructor(
    private readonly socket: Socket,
    private readonly firefox: ChildProcess,
    readonly profile: string,
  ) {
    let greet: () => void;
    this.greeted = new Promise((resolve) => (greet = resolve));
    let first = true;
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const colon = this.buffer.indexOf(58);
        if (colon < 0) return;
        const length = Number(this.buffer.subarray(0, colon).toString());
        if (this.buffer.length < colon + 1 + length) return;
        const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as Reply | object;
        this.buffer = this.buffer.subarray(colon + 1 + length);
        if (first) {
          first = false;
          greet();
        } else if (Array.isArray(packet)) {
          this.waiting.get(packet[1])?.(packet as Reply);
          this.waiting.delete(packet[1]);
        }
      }
    });
  }

  /** Starts a headless Firefox with Marionette on a free port and `prefs` in a new profile, and opens a session. */
  static async launch(executable: string, prefs: Record<string, unknown>): Promise<Marionette> {
    const profile = mkdtempSync(join(tmpdir(), 'why-denied-marionette-'));
    // Port 0: Firefox picks a free port and writes it to MarionetteActivePort in the profile.
    const all = { ...prefs, 'marionette.port': 0 };
    writeFileSync(join(profile, 'user.js'), Object.entries(all).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
    const firefox = spawn(executable, ['--headless', '--marionette', '--remote-allow-system-access', '--no-remote', '--profile', profile], {
      stdio: 'ignore',
    });
    const portFile = join(profile, 'MarionetteActivePort');
    const until = Date.now() + 60_000;
    let socket: Socket | null = null;
    while (!socket) {
      if (firefox.exitCode !== null) throw new Error(`Firefox exited with ${firefox.exitCode} before Marionette started`);
      if (Date.now() > until) {
        firefox.kill();
        throw new Error('Marionette did not start within 60 s');
      }
      if (existsSync(portFile)) {
        const port = Number(readFileSync(portFile, 'utf8').trim());
        socket = await new Promise<Socket | null>((resolve) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
          s.on('error', () => resolve(null));
        });
      }
      if (!socket) await new Promise((r) => setTimeout(r, 100));
    }
    const client = new Marionette(socket, firefox, profile);
    await client.greeted;
    await client.command('WebDriver:NewSession', { capabilities: {} });
    return client;
  }

  async command(name: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = ++this.nextId;
    const reply = new Promise<Reply>((resolve) => this.waiting.set(id, resolve));
    const body = JSON.stringify([0, id, name, params]);
    this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    const [, , error, result] = await reply;
    if (error) throw new Error(`${name}: ${error.error}: ${error.message}`);
    return result?.value;
  }

  /** Runs `script` (a function body; `arguments` holds `args`) in the browser window's chrome context. */
  async chrome(script: string, args: unknown[] = []): Promise<unknown> {
    await this.command('Marionette:SetContext', { value: 'chrome' });
    return this.command('WebDriver:ExecuteScript', { script, args });
  }

  async close(): Promise<void> {
    await this.command('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
    this.socket.destroy();
    if (this.firefox.exitCode === null) {
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          this.firefox.kill('SIGKILL');
          resolve(undefined);
        }, 10_000);
        this.firefox.once('exit', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
    }
    rmSync(this.profile, { recursive: true, force: true });
  }
}
