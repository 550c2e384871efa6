import { describeListenError, oneLine, redactUrl } from '../../../src/config/startup-errors.js';

describe('start-up error lines', () => {
  it('given a URL with a password, when redacted, then only the password is replaced', () => {
    expect(redactUrl('postgres://ann:p%40ss@db.example:6543/news?sslmode=require')).toBe(
      'postgres://ann:***@db.example:6543/news?sslmode=require',
    );
    expect(redactUrl('postgres://ann@db/news')).toBe('postgres://ann@db/news');
  });

  it('given the listen errors users meet, when described, then each names the variable to change', () => {
    const error = (code: string) => Object.assign(new Error(`listen ${code}`), { code });
    expect(describeListenError(error('EADDRINUSE'), { port: 3000, host: '0.0.0.0' })).toMatch(/^Port 3000 on 0\.0\.0\.0 is already in use: set PORT/);
    expect(describeListenError(error('EACCES'), { port: 80, host: '0.0.0.0' })).toMatch(/set PORT to 1024 or above/);
    expect(describeListenError(error('EADDRNOTAVAIL'), { port: 3000, host: '10.9.9.9' })).toMatch(/HOST=10\.9\.9\.9/);
  });

  it('given a multi-line or empty message, when made one line, then it is one line with something in it', () => {
    expect(oneLine(new Error('first\n   second\n'))).toBe('first second');
    expect(oneLine(Object.assign(new AggregateError([], ''), { code: 'ECONNREFUSED' }))).toBe('ECONNREFUSED');
  });
});
