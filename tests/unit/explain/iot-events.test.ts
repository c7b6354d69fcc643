// AWS IoT Core's log of a refused MQTT event names the event, not an API operation or an IAM action: the explanation
// reads the action IoT authorizes it as and says that the IoT policy decides too.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../lib/explain/index';
import { parse } from '../../../lib/parse/index';
import { checkExplanation } from '../../support/fix-check';

const log = (eventType: string) =>
  `{"timestamp": "2026-07-12 14:25:54.988", "logLevel": "ERROR", "accountId": "111122223333", "status": "Failure", "eventType": "${eventType}", "protocol": "MQTT", "clientId": "sensor-7", "principalId": "AROAEXAMPLEID:CognitoIdentityCredentials", "reason": "AUTHORIZATION_FAILURE"}`;

describe('AWS IoT Core authorization failures', () => {
  it.each([
    ['Connect', 'iot:Connect'],
    ['Publish-In', 'iot:Publish'],
    ['Subscribe', 'iot:Subscribe'],
    ['Receive', 'iot:Receive'],
  ])('%s is explained as %s, with the IoT policy named', async (event, action) => {
    const text = log(event);
    const [f] = parse(text);
    expect(f).toMatchObject({ errorCode: 'AUTHORIZATION_FAILURE', operation: event, action: null });
    const e = await explain(f!, { lang: 'en', context: text });
    const fix = e.fixes.find((x) => x.policy);
    expect(fix?.policy?.Statement[0]).toMatchObject({ Effect: 'Allow', Action: action });
    expect(fix!.note).toMatch(/IoT policy attached to the device’s certificate or to the Amazon Cognito identity/);
    expect((await checkExplanation(e)).confirmed).toBe(true);
  });

  it('in Japanese too', async () => {
    const text = log('Connect');
    const e = await explain(parse(text)[0]!, { lang: 'ja', context: text });
    expect(e.fixes.find((x) => x.policy)!.note).toMatch(/IoT ポリシー/);
  });

  it('an operation named Connect elsewhere is no IoT event', async () => {
    const text = 'An error occurred (AccessDeniedException) when calling the Connect operation: User: arn:aws:iam::111122223333:user/ops is not authorized';
    const e = await explain(parse(text)[0]!, { lang: 'en', context: text });
    expect(e.fixes.map((x) => x.note).join(' ')).not.toMatch(/IoT policy/);
  });
});
