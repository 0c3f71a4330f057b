// E-mail through SMTP (nodemailer), configured by SMTP_URL (smtp://user:pass@host:587, or
// smtps:// for TLS from the start) and MAIL_FROM. Without SMTP_URL there is no mailer and
// reminders stay in the app; the server says so once at start.
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export interface MailConfig {
  smtpUrl: string | undefined;
  from: string;
}

export const defaultMailFrom = 'Nhân Lực <no-reply@nhanluc.local>';

export function readMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const smtpUrl = env.SMTP_URL?.trim();
  return { smtpUrl: smtpUrl ? smtpUrl : undefined, from: env.MAIL_FROM?.trim() || defaultMailFrom };
}

export function createMailer(config: MailConfig): Mailer | null {
  if (!config.smtpUrl) return null;
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from: config.from, to: message.to, subject: message.subject, text: message.text });
    },
    close: () => transport.close(),
  };
}
