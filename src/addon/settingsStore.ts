import { localeInfo } from '../core/format/locale';
import { defaultSettings, parseStoredSettings, serializeSettings, SETTINGS_PROPERTY, validateSettings } from '../core/settings/settings';
import type { Settings, SettingsCheck } from '../core/settings/settings';


/**
 * The dashboard's settings: the stored JSON, field by field over the defaults of the
 * spreadsheet's locale: the language and currency it suggests (fr_FR → French + EUR, en_US →
 * English + USD, en_GB → GBP, de_CH → CHF…, from the core's table of Sheets' locales). A missing,
 * older or hand-broken value never stops a refresh.
 * `locale`: the spreadsheet's, when the caller has already read it (saves a call).
 */
export function loadSettings(locale?: string): Settings {
  const spreadsheetLocale = locale ?? SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  const stored = PropertiesService.getDocumentProperties().getProperty(SETTINGS_PROPERTY);
  return parseStoredSettings(stored, defaultSettings(localeInfo(spreadsheetLocale)));
}

export type SaveSettingsResult = SettingsCheck;

/**
 * Saves the fields the sidebar sends over the current settings. Invalid input saves nothing and
 * returns every error with its field. JSON-safe both ways (google.script.run).
 */
export function saveSettings(input: unknown): SaveSettingsResult {
  const checked = validateSettings(input, loadSettings());
  if (!checked.ok) return { ok: false, errors: checked.errors };
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_PROPERTY, serializeSettings(checked.settings));
  return { ok: true, settings: checked.settings };
}
