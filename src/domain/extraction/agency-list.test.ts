import { describe, expect, it } from 'vitest';
import { readLeadingAgencies, splitAgencyList } from './agency-list.ts';

describe('splitAgencyList', () => {
  it.each([
    [
      'Các phòng, ban, ngành huyện và Ủy ban nhân dân các xã, thị trấn',
      ['Các phòng, ban, ngành huyện', 'Ủy ban nhân dân các xã, thị trấn'],
    ],
    [
      'Phòng Lao động - Thương binh và Xã hội và Phòng, ngành, Ủy ban nhân dân các xã, thị trấn, đơn vị liên quan',
      [
        'Phòng Lao động - Thương binh và Xã hội',
        'Phòng, ngành',
        'Ủy ban nhân dân các xã, thị trấn',
        'đơn vị liên quan',
      ],
    ],
    [
      'Trung tâm Bồi dưỡng Chính trị, các cơ quan, đơn vị có liên quan',
      ['Trung tâm Bồi dưỡng Chính trị', 'các cơ quan, đơn vị có liên quan'],
    ],
    ['Trường PTDTBT Thanh Thủy; THCS - THPT Phương Tiến', ['Trường PTDTBT Thanh Thủy', 'THCS - THPT Phương Tiến']],
    [
      'Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thông tin và Thể thao huyện',
      ['Phòng Văn hóa và Thông tin', 'Trung tâm Văn hóa - Thông tin và Thể thao huyện'],
    ],
    ['Phòng Giáo dục và Đào tạo', ['Phòng Giáo dục và Đào tạo']],
    [
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, Phòng Kinh tế',
      ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã', 'Phòng Kinh tế'],
    ],
    [
      'Phòng Nông nghiệp và Phát triển nông thôn và các Phòng, ngành liên quan',
      ['Phòng Nông nghiệp và Phát triển nông thôn', 'các Phòng, ngành liên quan'],
    ],
  ])('%s', (text, names) => {
    expect(splitAgencyList(text)).toEqual(names);
  });
});

describe('readLeadingAgencies', () => {
  it.each([
    [
      'Các ban, ngành huyện và Ủy ban nhân dân các xã, thị trấn tiến hành rà soát, đánh giá',
      ['Các ban, ngành huyện', 'Ủy ban nhân dân các xã, thị trấn'],
    ],
    ['Giao Cơ quan Tổ chức - Nội vụ theo dõi, kiểm tra việc tổ chức thực hiện', ['Cơ quan Tổ chức - Nội vụ']],
    ['Các cơ quan được giao nhiệm vụ chủ trì xây dựng các nhiệm vụ', ['Các cơ quan được giao nhiệm vụ']],
    ['Căn cứ nội dung Kế hoạch này, các đơn vị, địa phương xây dựng Kế hoạch cụ thể', ['các đơn vị, địa phương']],
    [
      'Ban Chỉ đạo Khối Văn hóa - Xã hội huyện định kỳ 06 tháng đầu năm tổ chức kiểm tra',
      ['Ban Chỉ đạo Khối Văn hóa - Xã hội huyện'],
    ],
    [
      'Thủ trưởng các phòng, ban, ngành huyện, Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm',
      ['Thủ trưởng các phòng, ban, ngành huyện', 'Chủ tịch Ủy ban nhân dân các xã, thị trấn'],
    ],
  ])('%s', (sentence, names) => {
    expect(readLeadingAgencies(sentence)).toEqual(names);
  });

  it('finds no unit in a general measure', () => {
    expect(readLeadingAgencies('Đẩy mạnh công tác tuyên truyền, nâng cao nhận thức')).toEqual([]);
    expect(readLeadingAgencies('Tổ chức tuyên truyền, phổ biến Nghị quyết')).toEqual([]);
    expect(readLeadingAgencies('Trên đây là Kế hoạch của Ủy ban nhân dân huyện')).toEqual([]);
  });
});
