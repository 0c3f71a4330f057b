import type { CliFlags } from './cli-flags.ts';
import { parseArgs } from 'node:util';

const usage = `Cách dùng: nhanluc <lệnh> [tuỳ chọn]

Lệnh:
  start                     dựng giao diện nếu cần, chạy máy chủ, nạp dữ liệu mẫu lần đầu (npm start)
  serve [--port N] [--data THƯ_MỤC] [--host H] [--trust-proxy true|N|ĐỊA_CHỈ,...]
                            chạy máy chủ (API và giao diện web)
  migrate [--data THƯ_MỤC]  áp dụng các thay đổi cấu trúc dữ liệu còn thiếu
  create-user --username TÊN --password MẬT_KHẨU --role admin|planner|reporter|viewer
              --agency MÃ_CƠ_QUAN [--name "Họ tên"] [--data THƯ_MỤC]
                            tạo người dùng
  demo [--data THƯ_MỤC]     nạp dữ liệu mẫu (người dùng thử)
  extract TỆP               đọc kế hoạch (.txt, .md, .docx, .pdf), in kết quả trích xuất (JSON)
  report --plan SỐ --period KỲ --out TỆP.docx|.xlsx|.pdf [--data THƯ_MỤC]
                            báo cáo kết quả thực hiện kế hoạch trong kỳ (vd. --plan 60/KH-UBND --period 2024)

Biến môi trường: PORT, DATA_DIR, DATABASE_URL (PostgreSQL thay cho cơ sở dữ liệu nhúng).`;

// Each command imports its module only when run: `extract` must not pay for loading
// fastify, the database and the server (about 0.8 s of a 1.1 s run before this).
const commands: Record<string, (flags: CliFlags) => Promise<number>> = {
  start: async (flags) => (await import('./commands/serve.ts')).runServe(flags, { buildWeb: true, loadDemo: true }),
  serve: async (flags) => (await import('./commands/serve.ts')).runServe(flags, { buildWeb: false, loadDemo: false }),
  migrate: async (flags) => (await import('./commands/migrate.ts')).runMigrate(flags),
  'create-user': async (flags) => (await import('./commands/create-user.ts')).runCreateUser(flags),
  demo: async (flags) => (await import('./commands/demo.ts')).runDemo(flags),
  report: async (flags) => (await import('./commands/report.ts')).runReport(flags),
};

/** Runs one command and returns the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage);
    return name ? 0 : 1;
  }
  // extract takes a file name, not flags, and owns stdout (JSON only).
  if (name === 'extract') {
    try {
      const { runExtract } = await import('./commands/extract.ts');
      return await runExtract(rest);
    } catch (error) {
      console.error(`Lỗi: ${(error as Error).message}`);
      return 1;
    }
  }
  const command = commands[name];
  if (!command) {
    console.error(`Lệnh không tồn tại: ${name}\n\n${usage}`);
    return 2;
  }
  let flags: CliFlags;
  try {
    flags = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        'trust-proxy': { type: 'string' },
        username: { type: 'string' },
        password: { type: 'string' },
        role: { type: 'string' },
        agency: { type: 'string' },
        name: { type: 'string' },
        plan: { type: 'string' },
        period: { type: 'string' },
        out: { type: 'string' },
      },
    }).values;
  } catch (error) {
    console.error(`Tuỳ chọn không hợp lệ: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  try {
    return await command(flags);
  } catch (error) {
    console.error(`Lỗi: ${(error as Error).message}`);
    return 1;
  }
}
