import { describe, expect, it } from 'vitest';
import { explainExtra, selectedRecord } from '../../../../components/panel/selection';
import { makeFinding, makeRecord } from '../../history/fixtures/findings';

const consoleRecord = makeRecord(1, { source: 'console', lastSeenAt: 1_000 });
const pasteRecord = makeRecord(3, { source: 'paste', lastSeenAt: 2_000 });
const records = [consoleRecord, pasteRecord];

describe('the selection and the history', () => {
  it('finds the picked row by id, a sent finding by fingerprint', () => {
    expect(selectedRecord({ finding: makeFinding(), recordId: pasteRecord.id }, records)).toBe(pasteRecord);
    expect(selectedRecord({ finding: consoleRecord.finding, recordId: null }, records)).toBe(consoleRecord);
    expect(selectedRecord({ finding: makeFinding({ action: 'kms:Decrypt' }), recordId: null }, records)).toBeUndefined();
  });

  it('bounds the CloudTrail window by a console sighting only', () => {
    expect(explainExtra({ finding: consoleRecord.finding, recordId: consoleRecord.id }, records)).toEqual({ when: 1_000 });
    expect(explainExtra({ finding: pasteRecord.finding, recordId: pasteRecord.id }, records)).toEqual({});
  });

  it('passes the pasted text along', () => {
    expect(explainExtra({ finding: makeFinding({ action: 'kms:Decrypt' }), recordId: null, context: 'aws kms decrypt …' }, records)).toEqual({
      context: 'aws kms decrypt …',
    });
  });
});
