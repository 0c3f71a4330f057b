import { describe, expect, it } from 'vitest';
import { extractPlan } from './extract-plan.ts';

function tasksOf(text: string) {
  return extractPlan(text).tasks.map((t) => ({
    text: t.text.slice(0, 30),
    lead: t.lead,
    support: t.support,
    due: t.due,
    deliverable: t.deliverable,
  }));
}

describe('tasks from an assignment table', () => {
  it('maps columns by their headers, skips repeated headers and group rows', () => {
    const text = [
      'KẾ HOẠCH',
      'Thực hiện chương trình',
      'I. MỤC TIÊU',
      'Phụ lục',
      'STT\tNhiệm vụ, giải pháp\tCơ quan ban hành\tCơ quan chủ trì/tham mưu\tCơ quan phối hợp\tSản phẩm\tThời gian thực hiện',
      'I\tNHÓM NHIỆM VỤ VỀ ĐÀO TẠO\t\t\t\t\t',
      '1\tXây dựng kế hoạch đào tạo nghề\tỦy ban nhân dân huyện\tPhòng Lao động - Thương binh và Xã hội\tCác xã, thị trấn\tKế hoạch\tQuý I/2022',
      'STT\tNhiệm vụ, giải pháp\tCơ quan ban hành\tCơ quan chủ trì/tham mưu\tCơ quan phối hợp\tSản phẩm\tThời gian thực hiện',
      '2\tRà soát mạng lưới trường\tỦy ban nhân dân huyện\tPhòng Giáo dục và Đào tạo\tPhòng Nội vụ và Ủy ban nhân dân các xã\tĐề án\tTháng 12 hàng năm',
    ].join('\n');
    expect(tasksOf(text)).toEqual([
      {
        text: 'Xây dựng kế hoạch đào tạo nghề',
        lead: ['Phòng Lao động - Thương binh và Xã hội'],
        support: ['Các xã, thị trấn'],
        due: { kind: 'once', by: '2022-Q1' },
        deliverable: 'Kế hoạch',
      },
      {
        text: 'Rà soát mạng lưới trường',
        lead: ['Phòng Giáo dục và Đào tạo'],
        support: ['Phòng Nội vụ', 'Ủy ban nhân dân các xã'],
        due: { kind: 'recurring', freq: 'yearly', month: 12 },
        deliverable: 'Đề án',
      },
    ]);
  });
});

describe('tasks followed by an assignment block', () => {
  it('gives one block to every item above it, back to the heading', () => {
    const text = [
      'KẾ HOẠCH',
      'Thực hiện chỉ thị',
      'I. MỤC TIÊU',
      'II. NHIỆM VỤ VÀ GIẢI PHÁP',
      '1. Tăng cường tuyên truyền về giáo dục nghề nghiệp',
      'a) Đẩy mạnh tuyên truyền các chủ trương của Đảng.',
      '- Xây dựng không gian truyền thông giáo dục nghề nghiệp.',
      '* *Đơn vị thực hiện:* Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp các Phòng, ban, ngành; Ủy ban nhân dân các xã, thị trấn.',
      '* *Thời gian thực hiện:* Thường xuyên.',
      'b) Rà soát chính sách hỗ trợ học nghề.',
      '- Đơn vị thực hiện: Căn cứ hướng dẫn của Ban Tuyên giáo, các Phòng, ban, ngành triển khai thực hiện.',
      '- Thời gian thực hiện: Hoàn thành trong tháng 12/2023.',
    ].join('\n');
    expect(tasksOf(text)).toEqual([
      {
        text: 'Đẩy mạnh tuyên truyền các chủ ',
        lead: ['Phòng Lao động - Thương binh và Xã hội'],
        support: ['các Phòng, ban, ngành', 'Ủy ban nhân dân các xã, thị trấn'],
        due: { kind: 'ongoing' },
        deliverable: null,
      },
      {
        text: 'Xây dựng không gian truyền thô',
        lead: ['Phòng Lao động - Thương binh và Xã hội'],
        support: ['các Phòng, ban, ngành', 'Ủy ban nhân dân các xã, thị trấn'],
        due: { kind: 'ongoing' },
        deliverable: null,
      },
      {
        text: 'Rà soát chính sách hỗ trợ học ',
        lead: ['các Phòng, ban, ngành'],
        support: [],
        due: { kind: 'once', by: '2023-12' },
        deliverable: null,
      },
    ]);
  });

  it('takes a numbered task title directly above its block, with separate chair and partner lines', () => {
    const text = [
      'KẾ HOẠCH',
      'Việc làm năm 2026',
      'I. NHIỆM VỤ',
      '1. Tổ chức 05 lớp đào tạo nghề',
      '- Đơn vị chủ trì: Phòng Văn hóa - Xã hội',
      '- Đơn vị phối hợp: Trung tâm Dịch vụ công, các thôn',
      '- Thời gian: Quý II/2026',
      '- Sản phẩm: Báo cáo',
    ].join('\n');
    expect(tasksOf(text)).toEqual([
      {
        text: 'Tổ chức 05 lớp đào tạo nghề',
        lead: ['Phòng Văn hóa - Xã hội'],
        support: ['Trung tâm Dịch vụ công', 'các thôn'],
        due: { kind: 'once', by: '2026-Q2' },
        deliverable: 'Báo cáo',
      },
    ]);
  });

  it('does not make general measures without a unit into tasks', () => {
    expect(
      tasksOf(
        [
          'KẾ HOẠCH',
          'Giáo dục',
          'I. NHIỆM VỤ VÀ GIẢI PHÁP',
          '1. Tuyên truyền',
          'a) Đẩy mạnh thông tin, tuyên truyền.',
          'b) Nâng tỷ lệ trường đạt chuẩn.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('tasks in the implementation section', () => {
  it('gives a unit heading its duties, strips "Đề nghị", splits units and skips closings', () => {
    const text = [
      'KẾ HOẠCH',
      'Giáo dục nghề nghiệp',
      'I. MỤC TIÊU',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Văn hóa – Xã hội',
      '- Phối hợp tuyên truyền nội dung Chỉ thị.',
      '- Kiểm tra, giám sát các lớp đào tạo nghề.',
      '2. Trường PTDTBT Thanh Thủy; THCS - THPT Phương Tiến',
      'Định hướng cho học sinh cuối cấp về học nghề.',
      '3. Đề nghị UBMTTQ Việt Nam xã',
      'Tăng cường công tác tuyên truyền, vận động.',
      '4. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch.',
      'Trên đây là Kế hoạch của UBND xã Thanh Thủy./.',
    ].join('\n');
    expect(tasksOf(text).map((t) => [t.text.slice(0, 20), t.lead])).toEqual([
      ['Phối hợp tuyên truyề', ['Phòng Văn hóa – Xã hội']],
      ['Kiểm tra, giám sát c', ['Phòng Văn hóa – Xã hội']],
      ['Định hướng cho học s', ['Trường PTDTBT Thanh Thủy', 'THCS - THPT Phương Tiến']],
      ['Tăng cường công tác ', ['UBMTTQ Việt Nam xã']],
      ['Tham mưu bố trí kinh', ['Sở Tài chính']],
    ]);
  });

  it('takes the lead from the subject of a numbered duty and a due from its cycle', () => {
    const text = [
      'KẾ HOẠCH',
      'Nguồn nhân lực',
      'I. MỤC TIÊU',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Các ban, ngành huyện và Ủy ban nhân dân các xã, thị trấn tiến hành rà soát, đánh giá kết quả.',
      '2. Ban Chỉ đạo Khối Văn hóa - Xã hội huyện định kỳ 06 tháng đầu năm và 06 tháng cuối năm tổ chức kiểm tra.',
      '3. Giao Cơ quan Tổ chức - Nội vụ theo dõi, thường xuyên kiểm tra việc thực hiện Kế hoạch này.',
    ].join('\n');
    expect(tasksOf(text).map((t) => [t.lead, t.due])).toEqual([
      [['Các ban, ngành huyện', 'Ủy ban nhân dân các xã, thị trấn'], null],
      [['Ban Chỉ đạo Khối Văn hóa - Xã hội huyện'], { kind: 'recurring', freq: 'half-yearly', month: null }],
      [['Cơ quan Tổ chức - Nội vụ'], { kind: 'ongoing' }],
    ]);
  });
});

describe('tasks with an inline assignment', () => {
  it('reads a parenthesis or labelled fields at the end of an item', () => {
    const text = [
      'KẾ HOẠCH',
      'Giáo dục',
      'I. MỤC TIÊU',
      'II. NHIỆM VỤ',
      '- Rà soát, sắp xếp mạng lưới trường lớp (Phòng GD&ĐT chủ trì, phối hợp với Phòng Tài chính - Kế hoạch; thời gian: Quý I/2022).',
      '- Tổ chức hội thi giáo viên dạy giỏi cấp huyện. Đơn vị thực hiện: Phòng Giáo dục và Đào tạo; thời gian thực hiện: tháng 3/2023.',
      '- Đẩy mạnh tuyên truyền về học nghề (thực hiện thường xuyên).',
    ].join('\n');
    expect(tasksOf(text)).toEqual([
      {
        text: 'Rà soát, sắp xếp mạng lưới trư',
        lead: ['Phòng GD&ĐT'],
        support: ['Phòng Tài chính - Kế hoạch'],
        due: { kind: 'once', by: '2022-Q1' },
        deliverable: null,
      },
      {
        text: 'Tổ chức hội thi giáo viên dạy ',
        lead: ['Phòng Giáo dục và Đào tạo'],
        support: [],
        due: { kind: 'once', by: '2023-03' },
        deliverable: null,
      },
    ]);
  });
});

describe('tasks from a table with merged cells', () => {
  it('gives rows below a merged chair cell the same chair and time', () => {
    const text = [
      'KẾ HOẠCH',
      'Nhân lực',
      'I. MỤC TIÊU',
      'PHỤ LỤC',
      'TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tGhi chú',
      'I\tNÂNG CAO NHẬN THỨC\t\t\t\t',
      '1\tTuyên truyền trên báo, đài\tSở Văn hóa, Thể thao và Du lịch\tCác sở, ngành\tHằng năm\t',
      '2\tTổ chức tọa đàm về học nghề\t\t\t\t',
      'II\tĐÀO TẠO\t\t\t\t',
      '3\tMở lớp đào tạo nghề\tSở Lao động - Thương binh và Xã hội\t\tNăm 2025\t',
    ].join('\n');
    expect(tasksOf(text).map((t) => [t.text, t.lead, t.due])).toEqual([
      [
        'Tuyên truyền trên báo, đài',
        ['Sở Văn hóa, Thể thao và Du lịch'],
        { kind: 'recurring', freq: 'yearly', month: null },
      ],
      [
        'Tổ chức tọa đàm về học nghề',
        ['Sở Văn hóa, Thể thao và Du lịch'],
        { kind: 'recurring', freq: 'yearly', month: null },
      ],
      ['Mở lớp đào tạo nghề', ['Sở Lao động - Thương binh và Xã hội'], { kind: 'once', by: '2025' }],
    ]);
  });
});

describe('partners of a duty', () => {
  it('reads "phối hợp với" lists and ignores "phối hợp tổ chức thực hiện"', () => {
    const text = [
      'KẾ HOẠCH',
      'Nhân lực',
      'I. MỤC TIÊU',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Nội vụ',
      '- Chủ trì, phối hợp tổ chức thực hiện các nhiệm vụ được giao.',
      '- Phối hợp với các tổ chức hội, đoàn thể và Phòng Kinh tế tuyên truyền cho người lao động.',
    ].join('\n');
    expect(tasksOf(text).map((t) => t.support)).toEqual([[], ['các tổ chức hội, đoàn thể', 'Phòng Kinh tế']]);
  });
});
