import { ConfigError, loadConfig } from '../src/config.js';

test('bare defaults let the service start without settings', () => {
  const c = loadConfig({});
  expect(c.PORT).toBe(8080);
  expect(c.DATABASE_URL).toBeUndefined();
  expect(c.DATA_DIR).toMatch(/data$/);
  expect(c.MODELS_DIR).toMatch(/models$/);
  expect(c.BODY_LIMIT).toBe(256 * 1024);
  expect(c.CORS_ORIGINS).toEqual([]);
});

test('sizes, lists and numbers are parsed', () => {
  const c = loadConfig({
    BODY_LIMIT: '1mb',
    CORS_ORIGINS: 'https://www.stadt-muenster.de, https://muenster.de',
    PORT: '9000',
  });
  expect(c.BODY_LIMIT).toBe(1024 * 1024);
  expect(c.CORS_ORIGINS).toEqual(['https://www.stadt-muenster.de', 'https://muenster.de']);
  expect(c.PORT).toBe(9000);
});

test('a wrong value names the variable', () => {
  expect(() => loadConfig({ PORT: 'achtzig' })).toThrow(ConfigError);
  expect(() => loadConfig({ PORT: 'achtzig', ADMIN_TOKEN: 'short' })).toThrow(/PORT[\s\S]*ADMIN_TOKEN/);
});
