/**
 * The page at `/` while the avatar client is not built (once built, `/` leads to its preview at /app/):
 * what runs here, how to build the preview, and where to look.
 */
export function landingPage(version: string): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bürgerservice barrierefrei – Übersetzungsdienst</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6; color: #1a1a1a; }
a { color: #0b4f9c; }
a:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
code { background: #f1f1f1; padding: 0 .25em; }
</style>
</head>
<body>
<main>
<h1>Bürgerservice barrierefrei</h1>
<p>Dieser Dienst übersetzt deutsche Texte der Stadtverwaltung in Leichte Sprache, andere Sprachen und
Deutsche Gebärdensprache. Er läuft auf den Servern der Stadt; kein Text verlässt den Server.</p>
<p>Alle maschinell erstellten Texte sind als <strong>maschinell erstellt, nicht geprüft</strong> gekennzeichnet,
bis ein Mensch sie geprüft hat.</p>
<p>Die Vorschau mit dem Gebärden-Avatar ist noch nicht gebaut. <code>npm start</code> baut sie beim Start;
von Hand: <code>npm run build</code>, danach den Dienst neu starten. Dann erscheint hier die Vorschau.</p>
<h2>Für Entwicklerinnen und Entwickler</h2>
<ul>
<li><a href="/v1/openapi.json">API-Beschreibung (OpenAPI)</a></li>
<li><a href="/v1/languages">Verfügbare Zielsprachen</a></li>
<li><a href="/healthz">Lebenszeichen (healthz)</a></li>
<li><a href="/readyz">Bereitschaft (readyz)</a></li>
<li><a href="/metrics">Messwerte (Prometheus)</a></li>
</ul>
<p>WebSocket: <code>/v1/stream</code>. Version ${version}.</p>
</main>
</body>
</html>
`;
}
