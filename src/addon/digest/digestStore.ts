import { parseDigestRecord, type DigestRecord } from '../../core/digest/digestRecord';
import { parseStoredDigest, serializeStoredDigest, type StoredDigest } from '../../core/digest/digestSettings';

/**
 * The digest in the document's properties (shared by every editor, like the dashboard's settings):
 * its settings under `pilote.digest` (JSON: the settings plus owner and time zone), and what was
 * sent under `pilote.digest.sent` (JSON, see core/digest/digestRecord.ts). Each well under the
 * 9 KB a property value may hold: ten addresses and a dozen timestamps.
 */
export const DIGEST_PROPERTY = 'pilote.digest';
export const DIGEST_RECORD_PROPERTY = 'pilote.digest.sent';

type Properties = GoogleAppsScript.Properties.Properties;

function documentProperties(): Properties {
  return PropertiesService.getDocumentProperties();
}

/** The saved digest, or undefined when none was saved (or it was deleted, or no longer validates). */
export function loadStoredDigest(props: Properties = documentProperties()): StoredDigest | undefined {
  return parseStoredDigest(props.getProperty(DIGEST_PROPERTY));
}

export function saveStoredDigest(stored: StoredDigest, props: Properties = documentProperties()): void {
  props.setProperty(DIGEST_PROPERTY, serializeStoredDigest(stored));
}

export function loadDigestRecord(props: Properties = documentProperties()): DigestRecord | undefined {
  return parseDigestRecord(props.getProperty(DIGEST_RECORD_PROPERTY));
}

/** Written under the document lock by the trigger (see digestTrigger.ts). */
export function saveDigestRecord(record: DigestRecord, props: Properties = documentProperties()): void {
  props.setProperty(DIGEST_RECORD_PROPERTY, JSON.stringify(record));
}
