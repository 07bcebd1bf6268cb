import { MSG_QUOTA } from '../../../../src/local/runtime/services/mail';
import { makeRuntime, SCOPES, thrown } from './fixture';

function setup(mailQuota = 100) {
  const rt = makeRuntime({ scopes: [SCOPES.mail], mailQuota });
  return { rt, M: rt.globals().MailApp, U: rt.globals().Utilities };
}

// developers.google.com/apps-script/reference/mail/mail-app
describe('MailApp', () => {
  it('needs the script.send_mail scope (a runtime whose manifest lacks it refuses)', () => {
    const rt = makeRuntime({ scopes: [] });
    expect(thrown(() => rt.globals().MailApp.sendEmail('a@b.co', 's', 'b')).message).toBe('You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail');
  });

  it('sendEmail(recipient, subject, body) and (…, options) capture the message', () => {
    const { rt, M, U } = setup();
    M.sendEmail('ana@example.com', 'Digest', 'Plain body');
    const logo = U.newBlob([1, 2, -1], 'image/png', 'logo.png');
    M.sendEmail('ana@example.com,bob@example.com', 'Digest', 'Plain', {
      htmlBody: '<img src="cid:logo">', name: 'Pilote', replyTo: 'founder@example.com', cc: 'cc@example.com', bcc: 'bcc@example.com',
      noReply: true, inlineImages: { logo }, attachments: [U.newBlob('a,b', 'text/csv', 'kpis.csv')],
    });
    expect(rt.mail.sent[0]).toEqual(expect.objectContaining({ to: ['ana@example.com'], cc: [], subject: 'Digest', body: 'Plain body', noReply: false }));
    const m = rt.mail.sent[1];
    expect([m.to, m.cc, m.bcc, m.htmlBody, m.name, m.replyTo, m.noReply]).toEqual([['ana@example.com', 'bob@example.com'], ['cc@example.com'], ['bcc@example.com'], '<img src="cid:logo">', 'Pilote', 'founder@example.com', true]);
    expect(m.inlineImages.logo.contentType).toBe('image/png');
    expect([...m.inlineImages.logo.bytes]).toEqual([1, 2, 255]);
    expect(m.attachments[0].name).toBe('kpis.csv');
    expect(m.attachments[0].bytes.toString()).toBe('a,b');
    expect(M.getRemainingDailyQuota()).toBe(100 - 1 - 4);
  });

  it('sendEmail(message) object form', () => {
    const { rt, M } = setup();
    M.sendEmail({ to: 'ana@example.com', subject: 'S', body: 'B', htmlBody: '<p>B</p>' });
    expect(rt.mail.sent[0].htmlBody).toBe('<p>B</p>');
  });

  it('each recipient counts; exceeding the daily quota throws (developers.google.com/apps-script/guides/services/quotas)', () => {
    const { rt, M } = setup(2);
    M.sendEmail('a@example.com', 's', 'b');
    expect(thrown(() => M.sendEmail('a@example.com', 's', 'b', { cc: 'c@example.com' }))).toEqual({ name: 'Exception', message: MSG_QUOTA });
    expect(M.getRemainingDailyQuota()).toBe(1);
    expect(rt.mail.sent).toHaveLength(1);
  });

  it('an invalid address: "Invalid email: x"', () => {
    const { M } = setup();
    expect(thrown(() => M.sendEmail('not-an-address', 's', 'b')).message).toBe('Invalid email: not-an-address');
  });

  it('sending needs AuthMode.FULL', () => {
    const { rt, M } = setup();
    expect(thrown(() => rt.execute('CUSTOM_FUNCTION', () => M.sendEmail('a@example.com', 's', 'b'))).message).toBe('You do not have permission to call MailApp.sendEmail');
  });
});
