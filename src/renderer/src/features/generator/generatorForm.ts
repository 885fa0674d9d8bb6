/**
 * The generator form's values and the rules they must meet, checked in the renderer so a
 * mistake is explained next to its field before anything is sent. Main validates again (zod
 * and the engine's official-generator checks); these messages only come first.
 */
import { defaultRegistry, type FamilyRegistry } from '../../../../shared/families/registry';
import type { FieldSpec, TokenFamily } from '../../../../shared/families/family';
import type { ProfileView } from '../../../../shared/ipc/schemas/profile';

/**
 * Which of the form's sections a profile's family fills, read from its generator fields: a
 * user with an optional room (fields userId + roomId), or an account id bound by the
 * signature (field accid).
 */
export type FormShape = 'user-room' | 'account' | 'fields';

export function formShapeOf(profile: ProfileView | undefined, registry: FamilyRegistry = defaultRegistry): FormShape {
  const family = profile ? registry.get(profile.family) : registry.families[0];
  const keys = new Set(family?.generator.fields.map((f) => f.key) ?? []);
  if (keys.has('accid') && !keys.has('userId')) return 'account';
  // The hand-written ZEGO section (user, optional room with privileges and streams).
  if (keys.has('userId') && keys.has('privileges')) return 'user-room';
  // Every other family: one input per generator FieldSpec.
  return 'fields';
}

/** The family's lifetime field (the first duration), filled from the shared Lifetime control. */
export function lifetimeField(family: TokenFamily): FieldSpec | undefined {
  return family.generator.fields.find((f) => f.kind === 'duration');
}

/** The fields the generic section shows: all but the lifetime. */
export function genericFields(family: TokenFamily): FieldSpec[] {
  const ttl = lifetimeField(family);
  return family.generator.fields.filter((f) => f !== ttl);
}

/** A field's value as typed (checkboxes are booleans), before it is typed by kind. */
export type FieldValues = Record<string, string | boolean>;

/**
 * The family's request from the generic section: values typed by the field's kind, empty
 * ones left out (the family's defaults apply), the lifetime from the Lifetime control. Main
 * checks it again with the family's schema.
 */
export function fieldsRequest(family: TokenFamily, values: FieldValues, ttl: number): { request: Record<string, unknown> } | { error: FormMessage } {
  const request: Record<string, unknown> = {};
  for (const field of genericFields(family)) {
    const raw = values[field.key];
    if (field.kind === 'boolean') {
      if (typeof raw === 'boolean') request[field.key] = raw;
      continue;
    }
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (text === '') {
      if (field.required) return { error: { key: 'generator.check.fieldNeeded', field } };
      continue;
    }
    if (field.kind === 'integer') {
      if (!/^-?\d+$/.test(text)) return { error: { key: 'generator.check.fieldWholeNumber', field } };
      request[field.key] = Number(text);
    } else if (field.kind === 'json') {
      try {
        request[field.key] = JSON.parse(text) as unknown;
      } catch {
        return { error: { key: 'generator.check.fieldJson', field } };
      }
    } else if (field.kind === 'multiselect') {
      request[field.key] = text.split(/[\s,]+/).filter((t) => t !== '');
    } else request[field.key] = text;
  }
  const lifetime = lifetimeField(family);
  if (lifetime) request[lifetime.key] = ttl;
  return { request };
}

export const TTL_PRESETS = [
  { seconds: 30, key: 'generator.ttlPreset.s30' },
  { seconds: 300, key: 'generator.ttlPreset.m5' },
  { seconds: 3600, key: 'generator.ttlPreset.h1' },
  { seconds: 86_400, key: 'generator.ttlPreset.h24' },
] as const;

export type TtlUnit = 's' | 'm' | 'h' | 'd';
export const TTL_UNIT_SECONDS: Record<TtlUnit, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** The contract's upper bound (10 years); ZEGO's own maximum is lower and is warned about. */
export const MAX_TTL_SECONDS = 10 * 365 * 86_400;
/** ZIM refuses tokens valid for longer than 24 days. */
export const ZEGO_MAX_TTL_SECONDS = 24 * 86_400;

export interface GeneratorForm {
  profileId: string | null;
  userId: string;
  /** ZEGO: add a room-privilege payload (RTC) instead of an identity token (ZIM). */
  roomEnabled: boolean;
  roomId: string;
  canLogin: boolean;
  canPublish: boolean;
  /** Stream ids separated by commas, spaces or new lines; empty = any stream. */
  streams: string;
  layout: 'gcm' | 'cbc';
  accid: string;
  /** A preset's seconds, or 'custom' to use ttlValue × ttlUnit. */
  ttlPreset: number | 'custom';
  ttlValue: string;
  ttlUnit: TtlUnit;
  /** The generic section's values (families without a hand-written section), by field key. */
  fieldValues: FieldValues;
}

export const EMPTY_GENERATOR_FORM: GeneratorForm = {
  profileId: null,
  userId: '',
  roomEnabled: false,
  roomId: '',
  canLogin: true,
  canPublish: true,
  streams: '',
  layout: 'gcm',
  accid: '',
  ttlPreset: 3600,
  ttlValue: '',
  ttlUnit: 'm',
  fieldValues: {},
};

export type GeneratorField = 'profileId' | 'userId' | 'roomId' | 'streams' | 'accid' | 'ttl' | 'fields';

/**
 * A message for the form, as a catalogue key (under generator.check) and its values; `field`
 * is the family's FieldSpec whose label the text names, translated where it is shown.
 */
export interface FormMessage {
  key: string;
  field?: FieldSpec;
}

const msg = (name: string): FormMessage => ({ key: `generator.check.${name}` });

export interface FormCheck {
  errors: Partial<Record<GeneratorField, FormMessage>>;
  /** Advice that does not block minting (e.g. a ZIM limit). */
  hints: Partial<Record<GeneratorField, FormMessage>>;
}

export function parseStreamIds(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The chosen lifetime in seconds, or null when the free value is not a usable number. */
export function ttlSeconds(form: Pick<GeneratorForm, 'ttlPreset' | 'ttlValue' | 'ttlUnit'>): number | null {
  if (form.ttlPreset !== 'custom') return form.ttlPreset;
  const text = form.ttlValue.trim();
  if (!/^\d+$/.test(text)) return null;
  return Number(text) * TTL_UNIT_SECONDS[form.ttlUnit];
}

export function checkGeneratorForm(form: GeneratorForm, profile: ProfileView | undefined, registry: FamilyRegistry = defaultRegistry): FormCheck {
  const errors: FormCheck['errors'] = {};
  const hints: FormCheck['hints'] = {};

  if (!profile) {
    errors.profileId = msg(form.profileId === null ? 'chooseProfile' : 'profileGone');
  } else if (!profile.secretStored) {
    errors.profileId = msg('noSecret');
  }

  const shape = formShapeOf(profile, registry);
  if (shape === 'user-room') {
    if (form.userId === '') errors.userId = msg('userIdNeeded');
    else if (form.userId.trim() === '') errors.userId = msg('userIdSpaces');
    else if (form.userId.length > 256) errors.userId = msg('atMost256');
    else if (form.userId.length > 64) hints.userId = msg('userIdOver64');
    if (form.roomEnabled) {
      if (form.roomId.length > 256) errors.roomId = msg('atMost256');
      else if (form.roomId === '') hints.roomId = msg('anyRoom');
      const streams = parseStreamIds(form.streams);
      if (streams.length > 100) errors.streams = msg('atMost100Streams');
      else if (streams.some((s) => s.length > 256)) errors.streams = msg('streamTooLong');
      if (!form.canLogin) hints.roomId = msg('noLogin');
    }
  } else if (shape === 'fields') {
    const family = profile ? registry.get(profile.family) : undefined;
    const built = family ? fieldsRequest(family, form.fieldValues, ttlSeconds(form) ?? 1) : null;
    if (built && 'error' in built) errors.fields = built.error;
  } else {
    const accid = form.accid.trim();
    if (accid === '') errors.accid = msg('accidNeeded');
    else if (accid.length > 128) errors.accid = msg('atMost128');
    else if (/\s/.test(accid)) errors.accid = msg('accidSpaces');
    else if (accid.length > 32) hints.accid = msg('accidOver32');
  }

  const ttl = ttlSeconds(form);
  if (ttl === null) errors.ttl = msg('wholeNumber');
  else if (ttl <= 0) errors.ttl = msg('ttlZero');
  else if (ttl > MAX_TTL_SECONDS) errors.ttl = msg('atMost10Years');
  else if (shape === 'user-room' && ttl > ZEGO_MAX_TTL_SECONDS) hints.ttl = msg('zimOver24Days');

  return { errors, hints };
}
