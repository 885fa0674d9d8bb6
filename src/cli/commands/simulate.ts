/**
 * `tokenlab simulate --scenario FILE.json [--json] [--profile NAME]`: run the renewal
 * timeline simulator and print what happens to the clients' tokens over virtual time.
 *
 * With --json: one JSON object per event per line, then `{"type":"summary",...}` as the last
 * line, for scripts and CI. Without: one readable line per event and the summary with the
 * assumptions the run relied on. A scenario with a bad field exits 2 naming every bad field.
 * Events stream out as they happen, so a day of 10,000 clients never sits in memory.
 */
import { nodeCryptoPort } from '../../main/crypto/nodeCryptoPort';
import { simSummaryText } from '../simSummaryText';
import { familyTexts } from '../../shared/i18n/familyTexts';
import { simEventText } from '../../shared/sim/simEventText';
import { assumptionSwitchLabel, assumptionText, simAssumptionLines } from '../../shared/sim/assumptions';
import { PRESETS } from '../../shared/sim/presets';
import { clockTime } from '../../shared/time/clockTime';
import type { SimEvent } from '../../shared/sim/events';
import { parseScenario, scenarioIssueLine } from '../../shared/sim/parseScenario';
import { SIM_PLATFORMS, type Scenario } from '../../shared/sim/scenario';
import { defaultRegistry } from '../../shared/families/registry';
import { startSimulation } from '../../shared/sim/simulate';
import type { SimCredentials } from '../../shared/sim/simTokenMinter';
import { noPositionals, optionValue, parseArgs } from '../args';
import { cliT, jsonErrorDetail, translator, usageText } from '../cliText';
import { EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { BufferedWriter } from '../output';
import { openCliVault, reportCorruption } from '../cliVault';
import { SCENARIO_MAX_BYTES } from '../limits';
import { readUserFile } from '../userFile';
import { jsonText } from '../untrustedText';
import type { Translate } from '../../shared/tokens/reasonText';

/** The English help (tests quote it); printed through the catalogue. */
export const SIMULATE_USAGE = translator('en')('cli.help.simulate');


const OPTIONS = {
  scenario: { value: true },
  json: { value: false },
  profile: { value: true },
  preset: { value: true },
  'list-presets': { value: false },
  'list-platforms': { value: false },
  help: { value: false },
} as const;

const SLICE_EVENTS = 20_000;

export async function simulateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, OPTIONS);
  if (args.flags.has('help')) {
    io.stdout.write(cliT(io)('cli.help.simulate'));
    return EXIT_OK;
  }
  if (args.flags.has('list-presets')) {
    const width = Math.max(...PRESETS.map((p) => p.id.length));
    // The screen's words for each preset (simulatorPresets), in the run's language.
    const words = (id: string, part: 'label' | 'lesson', fallback: string) => cliT(io)(`simulatorPresets.${id}.${part}`, { defaultValue: fallback });
    for (const p of PRESETS) io.stdout.write(`${p.id.padEnd(width)}  ${cliT(io)('cli.simulate.presetLine', { label: words(p.id, 'label', p.label), lesson: words(p.id, 'lesson', p.lesson) })}\n`);
    return EXIT_OK;
  }
  if (args.flags.has('list-platforms')) {
    for (const line of platformLines(cliT(io))) io.stdout.write(line + '\n');
    return EXIT_OK;
  }
  noPositionals(args, cliT(io)('cli.simulate.scenarioHint'));
  const path = optionValue(args, 'scenario');
  const presetId = optionValue(args, 'preset');
  if (path !== undefined && presetId !== undefined) throw usageText('simulate.notBoth');
  if (path === undefined && presetId === undefined) throw usageText('simulate.needsOne');

  const scenario = presetId !== undefined ? presetScenario(presetId, io) : await loadScenario(path as string, io);
  if (scenario === null) return EXIT_USAGE;
  const credentials = await profileCredentials(optionValue(args, 'profile'), scenario, io);

  const json = args.flags.has('json');
  const t = cliT(io);
  // Lines are collected and written in blocks: one write per event would dominate a big run.
  const out = new BufferedWriter(io.stdout);
  const write = (line: string): void => void out.write(line + '\n');
  const onEvent = json
    ? (e: SimEvent) => write(jsonText(e))
    : (e: SimEvent) => write(`${formatTime(e.t)}  ${t('cli.simulate.client', { n: e.client })}  ${e.type.padEnd(17)}  ${simEventText(t, e)}`);

  const run = startSimulation(scenario, { crypto: nodeCryptoPort, ...(credentials ? { credentials } : {}) }, onEvent);
  // In slices, waiting for the output to drain in between, so a slow reader of a big run
  // makes the simulation wait instead of its output piling up in memory.
  while (!run.advance(SLICE_EVENTS)) await out.drain();
  const { summary } = run.result();
  if (json) write(jsonText(summary));
  else {
    write('');
    for (const line of simSummaryText(t, summary)) write(line);
    write(t('cli.simulate.assumptions'));
    // Worded in the run's language; one the scenario does not word the same way (never expected) stays as the engine wrote it.
    const lines = simAssumptionLines(scenario);
    summary.assumptions.forEach((a, i) => write(`  - ${lines[i]?.text === a ? assumptionText(t, lines[i]) : a}`));
  }
  out.flush();
  return EXIT_OK;
}

/** A preset's scenario (the same as the simulator screen's), or null after naming the known ones. */
function presetScenario(id: string, io: CliIo): Scenario | null {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) {
    io.stderr.write(`tokenlab simulate: ${cliT(io)('cli.simulate.noPreset', { id, known: PRESETS.map((p) => p.id).join(', ') })}\n`);
    return null;
  }
  const parsed = parseScenario(preset.scenario);
  return parsed.ok ? parsed.scenario : null;
}

/** The scenario, or null after printing why it cannot be used (every bad field, one per line); an unreadable file is a usage error. */
async function loadScenario(path: string, io: CliIo): Promise<Scenario | null> {
  let text: string;
  if (path === '-') text = await io.stdin.readAll(SCENARIO_MAX_BYTES);
  else text = (await readUserFile(path, 'scenario', SCENARIO_MAX_BYTES)).toString('utf8');
  const t = cliT(io);
  const where = path === '-' ? t('cli.simulate.whereStdin') : t('cli.simulate.whereFile', { path });
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    io.stderr.write(`tokenlab simulate: ${t('cli.simulate.notJson', { where, detail: error instanceof Error ? jsonErrorDetail(error, t, io.locale?.language) : '?' })}\n`);
    return null;
  }
  const parsed = parseScenario(input);
  if (parsed.ok) return parsed.scenario;
  io.stderr.write(`tokenlab simulate: ${t(parsed.errors.length === 1 ? 'cli.simulate.badField' : 'cli.simulate.badFields', { where })}\n`);
  const lines = io.locale === undefined || io.locale.language === 'en' ? parsed.errors : parsed.issues.map((issue) => scenarioIssueLine(issue, t));
  for (const line of lines) io.stderr.write(`  ${line}\n`);
  return null;
}

/** A stored profile's secret and identity for the run, from the simulation service (which checks the platform's family). */
async function profileCredentials(name: string | undefined, scenario: Scenario, io: CliIo): Promise<SimCredentials | null> {
  if (name === undefined) return null;
  const cli = openCliVault(io);
  try {
    return await cli.simulation.credentialsFor({ name }, scenario.platform);
  } finally {
    reportCorruption(cli, io);
  }
}

/** Each platform a scenario may name, its family, and the assumptions it lets a scenario switch. */
function platformLines(t: Translate): string[] {
  const platforms = defaultRegistry.platforms.filter((p) => SIM_PLATFORMS.includes(p.rules.id));
  const width = Math.max(...platforms.map((p) => p.rules.id.length));
  return platforms.flatMap(({ family, rules }) => {
    const switches = rules.assumptions.filter((a) => a.toggles !== undefined);
    return [
      // The platform's and family's names in the run's language (the English is the registry's own).
      `${rules.id.padEnd(width)}  ${t('cli.simulate.platformLine', {
        platform: t(`simulator.platform.${rules.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`, { defaultValue: rules.label }),
        family: familyTexts((key, options) => t(key, options), family.id).name(family.label),
      })}`,
      ...switches.map((a) => `${' '.repeat(width)}    assumptions.switches.${a.id} ${t('cli.simulate.switchDefault', { value: String(a.defaultOn) })}: ${assumptionSwitchLabel(t, a)}`),
    ];
  });
}

function formatTime(t: number): string {
  return clockTime(t).padStart(12);
}
