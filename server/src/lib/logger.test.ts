import { logger } from './logger.js';
import { workContext } from './context.js';
import { captureLogs } from '../../test/log-capture.js';

test('log lines carry the request id and redact secrets', () => {
  const logs = captureLogs();
  try {
    workContext.run({ requestId: 'req-1' }, () => logger.info({ password: 'hunter2', userId: 'u1' }, 'hello'));
  } finally {
    logs.stop();
  }
  const [line] = logs.lines();
  expect(line).toMatchObject({ msg: 'hello', reqId: 'req-1', userId: 'u1', password: '[redacted]' });
  expect(logs.text()).not.toContain('hunter2');
});
