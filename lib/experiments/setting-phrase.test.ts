import { describe, expect, it } from 'vitest';
import { labelOfKey, settingPhrase } from './setting-phrase';

describe('settingPhrase', () => {
  it('says the label, then the value, then the unit the label names', () => {
    expect(settingPhrase('Requests', '10')).toBe('Requests 10');
    expect(settingPhrase('Delay (ms)', '200')).toBe('Delay 200 ms');
    expect(settingPhrase('Work per task (ms)', '300')).toBe('Work per task 300 ms');
    expect(settingPhrase('Engine', 'CPython')).toBe('Engine CPython');
  });

  it('groups the digits of large counts', () => {
    expect(settingPhrase('How many asyncio tasks', '100000')).toBe(
      'How many asyncio tasks 100,000',
    );
    expect(settingPhrase('Tasks', '1000')).toBe('Tasks 1000');
  });
});

describe('labelOfKey', () => {
  it('words a key the form has no label for, its unit in brackets', () => {
    expect(labelOfKey('delay_ms')).toBe('delay (ms)');
    expect(labelOfKey('fail_rate')).toBe('fail rate');
  });
});
