// The cheap gate in front of everything else: a mutation whose text holds none of these stems cannot carry an
// authorization or credentials failure, so it costs one regex test and nothing more. The stems are words every such
// message contains in English API text or in the Japanese console chrome around it.
const HINT = /denied|authori[sz]|permission|forbidden|credential|token|signature|拒否|許可|権限|認証/i;

export function mayHoldDenial(text: string): boolean {
  return HINT.test(text);
}
