import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHubConfig } from '../../src/reading/hub-config.ts';

function hubFolder(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hub-config-'));
  writeFileSync(join(dir, 'hub.yaml'), text);
  return dir;
}

describe('reading hub.yaml', () => {
  it('points a YAML mistake at its own line, not line 1', () => {
    const { hub, findings } = readHubConfig(hubFolder('organisation: Example\nsite: https://hub.example.test\norganisation: Again\n'));
    expect(hub).toBeUndefined();
    expect(findings[0]).toMatchObject({ ruleId: 'yaml', line: 3 });
    expect(findings[0]?.message).toMatch(/^this is not valid YAML/);
  });

  it('says the file is missing and how to create it', () => {
    const { findings } = readHubConfig(mkdtempSync(join(tmpdir(), 'hub-config-')));
    expect(findings[0]?.message).toMatch(/the hub settings file is missing: create .*hub\.yaml/);
  });
});
