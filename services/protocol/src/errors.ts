import { z } from 'zod';

/**
 * The error catalogue: every error the service sends, over HTTP and the WebSocket alike.
 * `status` is the HTTP status; a WebSocket closed for the same reason uses 4000 + status.
 * Messages are German first (city staff and citizens read them); clients may translate by `code`.
 */
export const errorCatalogue = {
  MALFORMED_JSON: { status: 400, de: 'Die Anfrage ist kein gültiges JSON.', en: 'The request body is not valid JSON.' },
  VALIDATION_FAILED: {
    status: 400,
    de: 'Die Anfrage hat nicht die erwartete Form.',
    en: 'The request does not have the expected shape.',
  },
  UNSUPPORTED_TARGET: {
    status: 400,
    de: 'Für diese Zielsprache gibt es hier keine Übersetzung.',
    en: 'No engine serves this target language here.',
  },
  UNSUPPORTED_SOURCE: {
    status: 400,
    de: 'Als Ausgangssprache wird nur Deutsch unterstützt.',
    en: 'Only German is supported as the source language.',
  },
  UNSUPPORTED_VOICE: {
    status: 400,
    de: 'Für diese Sprache gibt es hier keine Vorlesestimme.',
    en: 'There is no read-aloud voice for this language here.',
  },
  TEXT_TOO_LONG: {
    status: 400,
    de: 'Der Text ist zu lang zum Vorlesen. Bitte senden Sie ihn in Abschnitten.',
    en: 'The text is too long to read aloud. Please send it in sections.',
  },
  INVALID_CAPTIONS: {
    status: 400,
    de: 'Die Untertitel sind keine gültige WebVTT-Datei: UTF-8, Typ text/vtt, erste Zeile „WEBVTT“, Zeitangaben je Untertitel, nur Text ohne HTML oder Stilangaben.',
    en: 'The captions are not a valid WebVTT file: UTF-8, type text/vtt, first line "WEBVTT", timings for every cue, plain text without HTML or styles.',
  },
  INVALID_SIGML: {
    status: 400,
    de: 'Das SiGML ist nicht lesbar oder enthält HamNoSys, das hier nicht dargestellt werden kann.',
    en: 'The SiGML cannot be read, or it contains HamNoSys that cannot be expressed here.',
  },
  UNKNOWN_MESSAGE_TYPE: {
    status: 400,
    de: 'Diese Nachrichtenart kennt der Dienst nicht.',
    en: 'The service does not know this message type.',
  },
  UNAUTHORIZED: { status: 401, de: 'Anmeldung erforderlich.', en: 'Authentication required.' },
  FORBIDDEN: { status: 403, de: 'Dafür fehlt die Berechtigung.', en: 'Not permitted.' },
  NOT_FOUND: { status: 404, de: 'Diese Adresse gibt es nicht.', en: 'Not found.' },
  DOCUMENT_NOT_FOUND: { status: 404, de: 'Dieses Dokument gibt es nicht.', en: 'No such document.' },
  NOT_APPROVED: {
    status: 404,
    de: 'Für diese Seite gibt es in dieser Sprache noch keine geprüfte Fassung.',
    en: 'There is no approved version of this page in this language yet.',
  },
  VIDEO_NOT_FOUND: {
    status: 404,
    de: 'Für dieses Dokument gibt es noch kein Gebärdensprach-Video.',
    en: 'There is no sign-language video for this document yet.',
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    de: 'Diese Methode ist hier nicht erlaubt.',
    en: 'This method is not allowed here.',
  },
  SLUG_TAKEN: {
    status: 409,
    de: 'Für diese Seite gibt es schon ein Dokument.',
    en: 'A document for this page exists already.',
  },
  CONFLICT: {
    status: 409,
    de: 'Der Inhalt wurde inzwischen geändert. Bitte laden Sie ihn neu.',
    en: 'The content changed in the meantime. Please reload it.',
  },
  STALE_REVISION: {
    status: 409,
    de: 'Der Vorschlag wurde geändert, nachdem Sie ihn gelesen haben. Nichts wurde freigegeben. Bitte prüfen Sie die Änderungen.',
    en: 'The proposal changed after you read it. Nothing was approved. Please check the changes.',
  },
  PAIRING_CODE_INVALID: {
    status: 400,
    de: 'Dieser Kopplungscode ist ungültig, schon benutzt oder abgelaufen. Bitte lassen Sie sich einen neuen geben.',
    en: 'This pairing code is invalid, used or expired. Please ask for a new one.',
  },
  TOKEN_IN_URL: {
    status: 400,
    de: 'Zugangsschlüssel gehören nicht in die Adresse. Bitte holen Sie ein Ticket (POST /v1/stream/ticket).',
    en: 'Access keys do not belong in the URL. Please get a ticket (POST /v1/stream/ticket).',
  },
  PAYLOAD_TOO_LARGE: { status: 413, de: 'Die Anfrage ist zu groß.', en: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    de: 'Bitte senden Sie JSON (Content-Type: application/json).',
    en: 'Please send JSON (Content-Type: application/json).',
  },
  UNSUPPORTED_VIDEO: {
    status: 415,
    de: 'Das ist kein Video im Format MP4 oder WebM, oder der angegebene Typ passt nicht zum Inhalt der Datei. Bitte laden Sie eine MP4- oder WebM-Datei hoch.',
    en: 'This is not an MP4 or WebM video, or the declared type does not match the file. Please upload an MP4 or WebM file.',
  },
  RANGE_NOT_SATISFIABLE: {
    status: 416,
    de: 'Der angefragte Bereich liegt außerhalb der Datei.',
    en: 'The requested range lies outside the file.',
  },
  RATE_LIMITED: {
    status: 429,
    de: 'Zu viele Anfragen. Bitte warten Sie kurz.',
    en: 'Too many requests. Please wait a moment.',
  },
  INTERNAL: { status: 500, de: 'Ein interner Fehler ist aufgetreten.', en: 'An internal error occurred.' },
  ENGINE_FAILED: {
    status: 502,
    de: 'Die Übersetzung ist fehlgeschlagen.',
    en: 'The translation engine failed.',
  },
  NOT_READY: {
    status: 503,
    de: 'Der Dienst startet noch oder ist nicht bereit.',
    en: 'The service is starting or not ready.',
  },
  SLOW_CONSUMER: {
    status: 503,
    de: 'Die Verbindung liest zu langsam und wurde getrennt.',
    en: 'The connection reads too slowly and was closed.',
  },
  OVERLOADED: {
    status: 503,
    de: 'Der Dienst ist gerade ausgelastet. Bitte versuchen Sie es gleich noch einmal.',
    en: 'The service is busy. Please try again shortly.',
  },
  SPEECH_UNAVAILABLE: {
    status: 503,
    de: 'Das Vorlesen ist auf diesem Server nicht eingerichtet.',
    en: 'Reading aloud is not set up on this server.',
  },
  SHUTTING_DOWN: { status: 503, de: 'Der Dienst wird beendet.', en: 'The service is shutting down.' },
  TIMEOUT: { status: 504, de: 'Die Bearbeitung hat zu lange gedauert.', en: 'Processing took too long.' },
} as const satisfies Record<string, { status: number; de: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;
export const errorCodes = Object.keys(errorCatalogue) as [ErrorCode, ...ErrorCode[]];
export type MessageLocale = 'de' | 'en';

export const ErrorCodeSchema = z.enum(errorCodes);

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: ErrorCodeSchema,
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error', description: 'The one error shape of HTTP responses and WebSocket `error` messages.' });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export function errorStatus(code: ErrorCode): number {
  return errorCatalogue[code].status;
}

/** The WebSocket close code for an error: 4000 + its HTTP status. */
export function closeCodeFor(code: ErrorCode): number {
  return 4000 + errorCatalogue[code].status;
}

export function errorMessage(code: ErrorCode, locale: MessageLocale = 'de'): string {
  return errorCatalogue[code][locale];
}

export function errorBody(code: ErrorCode, details?: unknown, locale: MessageLocale = 'de'): ErrorBody {
  return {
    error: { code, message: errorMessage(code, locale), ...(details === undefined ? {} : { details }) },
  };
}
