// Matching vocabulary as data: phrases that mean one thing (concepts), words that carry no
// meaning for matching. Written in Vietnamese; folded when the suggester starts.

/** A phrase (any spelling listed) stands for the concept tokens; longer phrases win. */
export interface TermGroup {
  concepts: string[];
  phrases: string[];
}

export const TERM_GROUPS: TermGroup[] = [
  // The two official trained-labour indicators (DESIGN §3) and vocational training.
  { concepts: ['trained'], phrases: ['qua đào tạo', 'đã qua đào tạo'] },
  { concepts: ['trained', 'vet'], phrases: ['qua đào tạo nghề'] },
  {
    concepts: ['certified'],
    phrases: [
      'có bằng cấp, chứng chỉ',
      'bằng cấp, chứng chỉ',
      'có văn bằng, chứng chỉ',
      'văn bằng, chứng chỉ',
      'có bằng cấp',
      'có chứng chỉ',
    ],
  },
  {
    concepts: ['vet'],
    phrases: ['giáo dục nghề nghiệp', 'GDNN', 'học nghề', 'đào tạo nghề', 'giáo dục nghề nghiệp'],
  },
  { concepts: ['continuing-education'], phrases: ['giáo dục thường xuyên', 'GDTX'] },
  {
    concepts: ['retraining'],
    phrases: ['đào tạo lại', 'đào tạo thường xuyên', 'đào tạo kỹ năng nghề thường xuyên'],
  },
  { concepts: ['skills'], phrases: ['kỹ năng nghề', 'tay nghề'] },
  { concepts: ['training-level'], phrases: ['trình độ đào tạo'] },
  // School levels and graduation.
  { concepts: ['graduated'], phrases: ['tốt nghiệp', 'hoàn thành chương trình'] },
  { concepts: ['lower-secondary'], phrases: ['trung học cơ sở', 'THCS'] },
  { concepts: ['upper-secondary'], phrases: ['trung học phổ thông', 'THPT'] },
  { concepts: ['secondary'], phrases: ['trung học'] },
  { concepts: ['primary'], phrases: ['tiểu học'] },
  { concepts: ['preschool'], phrases: ['mầm non'] },
  { concepts: ['creche'], phrases: ['nhà trẻ'] },
  { concepts: ['kindergarten'], phrases: ['mẫu giáo'] },
  { concepts: ['age-3-5'], phrases: ['3 đến 5 tuổi', '3 - 5 tuổi', 'từ 3 đến 5 tuổi'] },
  { concepts: ['age-5'], phrases: ['5 tuổi'] },
  { concepts: ['under-5'], phrases: ['dưới 5 tuổi'] },
  {
    concepts: ['enrolment'],
    phrases: [
      'huy động',
      'ra lớp',
      'huy động ra lớp',
      'đúng độ tuổi',
      'theo độ tuổi',
      'trong độ tuổi đi học',
      'đi học đúng độ tuổi',
    ],
  },
  { concepts: ['admitted'], phrases: ['thi đỗ', 'trúng tuyển', 'đỗ vào', 'thi đỗ vào'] },
  { concepts: ['not-admitted'], phrases: ['chưa đỗ', 'không đỗ', 'chưa đỗ vào', 'không đỗ vào', 'không trúng tuyển'] },
  { concepts: ['postgraduate'], phrases: ['sau đại học', 'trên đại học'] },
  { concepts: ['career-guidance'], phrases: ['định hướng nghề nghiệp', 'hướng nghiệp', 'tư vấn nghề nghiệp'] },
  { concepts: ['universal-education'], phrases: ['phổ cập giáo dục', 'phổ cập'] },
  { concepts: ['literacy'], phrases: ['xóa mù chữ', 'xoá mù chữ'] },
  { concepts: ['national-standard'], phrases: ['chuẩn quốc gia'] },
  { concepts: ['grade'], phrases: ['ngạch', 'chức danh nghề nghiệp'] },
  {
    concepts: ['standard', 'grade'],
    phrases: ['tiêu chuẩn ngạch', 'chuẩn ngạch', 'đạt tiêu chuẩn ngạch', 'đáp ứng tiêu chuẩn ngạch'],
  },
  { concepts: ['standard'], phrases: ['đạt chuẩn', 'đạt tiêu chuẩn', 'đáp ứng tiêu chuẩn', 'tiêu chuẩn'] },
  // Digital transformation in schools.
  { concepts: ['e-school-record'], phrases: ['học bạ điện tử', 'học bạ số'] },
  { concepts: ['e-contact-book'], phrases: ['sổ liên lạc điện tử'] },
  { concepts: ['online'], phrases: ['môi trường mạng', 'trực tuyến'] },
  // Health.
  { concepts: ['weight-for-age'], phrases: ['cân nặng/tuổi', 'cân nặng theo tuổi', 'nhẹ cân'] },
  { concepts: ['height-for-age'], phrases: ['chiều cao/tuổi', 'chiều cao theo tuổi', 'thấp còi'] },
  { concepts: ['per10k'], phrases: ['vạn dân', 'trên vạn dân', '10.000 dân', 'mười nghìn dân'] },
  { concepts: ['population'], phrases: ['dân số'] },
  // Employment.
  { concepts: ['job-referral'], phrases: ['giới thiệu việc làm'] },
  { concepts: ['placement'], phrases: ['giải quyết việc làm', 'tạo việc làm', 'tạo việc làm mới'] },
  { concepts: ['employed'], phrases: ['có việc làm', 'tự tạo việc làm'] },
  { concepts: ['overseas'], phrases: ['ở nước ngoài', 'nước ngoài'] },
  { concepts: ['overseas', 'contract'], phrases: ['xuất khẩu lao động'] },
  { concepts: ['contract'], phrases: ['theo hợp đồng'] },
  // Officials.
  { concepts: ['political-theory'], phrases: ['lý luận chính trị', 'chính trị'] },
  { concepts: ['political-theory', 'intermediate'], phrases: ['trung cấp chính trị', 'trung cấp lý luận chính trị'] },
  { concepts: ['intermediate'], phrases: ['trung cấp'] },
  { concepts: ['commune'], phrases: ['cấp xã', 'xã, thị trấn', 'xã, phường'] },
];

/** Phrases that carry nothing for matching ("tỷ lệ" starts almost every target). */
export const STOP_PHRASES: string[] = ['tỷ lệ', 'tỉ lệ', 'trong đó', 'trên địa bàn', 'theo quy định', 'trở lên'];

/** Words (syllables) that carry nothing for matching. */
export const STOP_WORDS: string[] = [
  'số',
  'các',
  'và',
  'của',
  'hoặc',
  'cho',
  'tại',
  'trên',
  'với',
  'là',
  'có',
  'được',
  'đã',
  'đang',
  'từ',
  'đến',
  'về',
  'theo',
  'những',
  'người',
  'huyện',
  'tỉnh',
  'thành',
  'phố',
  'thị',
  'trấn',
  'đạt',
  'cấp',
  'hệ',
];
